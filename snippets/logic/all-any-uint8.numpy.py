"""`np.all` and `np.any` always return a boolean. PyTorch keeps the dtype of a `uint8` input:
`torch.all` and `torch.any` of a `uint8` tensor return a `uint8` 0 or 1, while the other dtypes
(signed and wider unsigned integers, floats, bools) give `torch.bool`. Negating such a result with
`~` then gives 254 or 255 instead of a boolean; convert with `.bool()` first, as in [the faithful
translation](#all-any-bool).
"""
# /// pair
# title = "all and any of a uint8 array: the result dtype"
# expect = "differs"
# difference = "torch.all/torch.any of a uint8 tensor return uint8, not bool"
# see = ["logic/all-any-bool"]
# fix = "logic/all-any-bool"
# same_dtype = true
# order = 15
# numpy_call = "np.all(x)"
# torch_call = "torch.all(x)"
# ///
import numpy as np

x = np.array([1, 2, 0], dtype=np.uint8)
result = (np.all(x), np.any(x))
print(result, result[0].dtype)
