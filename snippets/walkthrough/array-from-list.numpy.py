"""Both libraries build a one-dimensional array from a Python list of integers, and both pick a
64-bit integer dtype for it. Only the printed form differs: PyTorch wraps the values in `tensor(...)`.
"""
# /// pair
# title = "A 1-D array from a Python list"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "np.array([1, 2, 3, 4])"
# torch_call = "torch.tensor([1, 2, 3, 4])"
# ///
import numpy as np

a = np.array([1, 2, 3, 4])
print(a)
print(a.dtype)
result = a
