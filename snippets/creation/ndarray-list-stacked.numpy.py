"""`np.stack` builds one contiguous array from the list, and `torch.from_numpy` wraps it without a
copy and without a warning; the float64 dtype is kept.
"""
# /// pair
# title = "A list of NumPy arrays: np.stack, then torch.from_numpy"
# expect = "equal"
# same_dtype = true
# order = 2
# numpy_call = "np.array([a, b])"
# torch_call = "torch.from_numpy(np.stack([a, b]))"
# ///
import numpy as np

a = np.array([1.5, 2.0])
b = np.array([3.0, 4.5])
result = np.array([a, b])
print(result)
