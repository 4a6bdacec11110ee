"""`torch.allclose(a, b, rtol=0, atol=0, equal_nan=True)` is an exact comparison in which NaNs in
matching places count as equal, like `np.array_equal(..., equal_nan=True)`. Unlike
`torch.equal` it broadcasts, so check the shapes first if they may differ.
"""
# /// pair
# title = "Whole-array equality with NaNs: torch.allclose with zero tolerance"
# expect = "equal"
# same_dtype = true
# order = 14
# numpy_call = "np.array_equal(a, b, equal_nan=True)"
# torch_call = "torch.allclose(a, b, rtol=0, atol=0, equal_nan=True)"
# ///
import numpy as np

a = np.array([1.0, np.nan, 3.0])
b = np.array([1.0, np.nan, 3.0])
c = np.array([1.0, np.nan, 3.5])
result = (np.array_equal(a, b, equal_nan=True), np.array_equal(a, c, equal_nan=True))
print(result)
