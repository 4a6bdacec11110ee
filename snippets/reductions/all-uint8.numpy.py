"""One exception to the bool result: for uint8 input, `torch.all` and `torch.any` return uint8 (1 or
0), while NumPy returns bool. The values agree, but the dtype travels on: indexing a tensor with the
uint8 result still masks, with a warning that uint8 indexing is deprecated. Convert with `.bool()`
(before or after the reduction), or compare with zero.
"""
# /// pair
# title = "all and any of uint8: bool in NumPy, uint8 in PyTorch"
# expect = "differs"
# difference = "torch.all and torch.any of uint8 return uint8"
# same_dtype = true
# order = 32
# see = ["reductions/all-any"]
# numpy_call = "np.all(a, axis=0)"
# torch_call = "torch.all(a, dim=0)"
# ///
import numpy as np

a = np.array([[1, 0, 255], [2, 0, 0]], dtype=np.uint8)
result = np.all(a, axis=0)
print(result, result.dtype)
