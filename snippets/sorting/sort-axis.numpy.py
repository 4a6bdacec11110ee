"""`axis=` becomes `dim=`, and the default is the last axis in both. NumPy's `axis=None` sorts the
flattened array; `torch.sort` has no such option, so flatten first.
"""
# /// pair
# title = "Sorting a 2-D array along an axis"
# expect = "equal"
# same_dtype = true
# order = 7
# numpy_call = "np.sort(m, axis=0)"
# torch_call = "torch.sort(m, dim=0).values"
# ///
import numpy as np

m = np.array([[3, 1, 2], [0, 5, 4]])
result = {
    "last axis": np.sort(m),
    "axis 0": np.sort(m, axis=0),
    "flattened": np.sort(m, axis=None),
}
print(result)
