"""`torch.all` and `torch.any` reduce along `dim` like NumPy's `axis`, and treat non-zero numbers as
true. For float, int64 and bool input both return bool; uint8 input is the exception (see
[all and any of a uint8 array](logic.md#all-any-uint8)).
"""
# /// pair
# title = "Logical reductions: all and any"
# expect = "equal"
# same_dtype = true
# order = 31
# numpy_call = "np.all(m, axis=0)"
# torch_call = "torch.all(m, dim=0)"
# ///
import numpy as np

m = np.array([[1.0, 0.0, 2.0], [3.0, 0.0, 0.0]])
result = {
    "all": np.all(m),
    "all axis 0": np.all(m, axis=0),
    "any axis 1": np.any(m, axis=1),
    "int any": np.any(np.array([0, 0, 5])),
}
print(result)
