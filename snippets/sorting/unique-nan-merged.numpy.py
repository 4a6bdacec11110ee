"""To get NumPy's single NaN, take the unique values of the non-NaN elements and append one NaN if the
input had any. (`np.unique(x, equal_nan=False)` gives PyTorch's behaviour instead.)
"""
# /// pair
# title = "Unique values with one NaN, as NumPy returns them"
# expect = "equal"
# same_dtype = true
# order = 18
# numpy_call = "np.unique(x)"
# torch_call = "torch.cat([torch.unique(x[~x.isnan()]), x[x.isnan()][:1]])"
# ///
import numpy as np

x = np.array([2.0, np.nan, 1.0, np.nan, 2.0])
result = np.unique(x)
print(result)
