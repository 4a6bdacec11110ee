"""Converting to booleans first (`x.bool()`, or a comparison such as `x != 0`) makes `torch.all`
and `torch.any` return `torch.bool`, the dtype NumPy gives.
"""
# /// pair
# title = "all and any of a uint8 array, converted to bool first"
# expect = "equal"
# same_dtype = true
# order = 16
# numpy_call = "np.all(x)"
# torch_call = "torch.all(x.bool())"
# ///
import numpy as np

x = np.array([1, 2, 0], dtype=np.uint8)
result = (np.all(x), np.any(x))
print(result, result[0].dtype)
