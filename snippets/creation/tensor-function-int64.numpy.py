"""`torch.tensor` infers the dtype from the data, as `np.array` does: Python integers give int64, and
every value is kept exactly.
"""
# /// pair
# title = "torch.tensor(data) infers the dtype like np.array"
# expect = "equal"
# same_dtype = true
# rtol = 0
# atol = 0
# order = 1
# numpy_call = "np.array([1, 2, 16777217])"
# torch_call = "torch.tensor([1, 2, 16777217])"
# ///
import numpy as np

result = np.array([1, 2, 16777217])
print(result, result.dtype)
