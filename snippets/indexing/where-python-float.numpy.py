"""Mixing an integer array with a Python float in `where` promotes to float64 in NumPy. PyTorch
also promotes to floating point, but to its default float dtype, float32. The values agree
here; the dtype does not, which matters when the result meets float64 data later. Make the
tensor [float64 first](#where-python-float-double).
"""
# /// pair
# title = "where with an integer array and a Python float"
# expect = "differs"
# difference = "torch.where promotes int64 and a Python float to float32, not float64"
# same_dtype = true
# order = 23
# see = ["indexing/where-python-float-double"]
# fix = "indexing/where-python-float-double"
# numpy_call = "np.where(a != 2, a, 0.5)"
# torch_call = "torch.where(t != 2, t, 0.5)"
# ///
import numpy as np

a = np.array([1, 2, 3])
result = np.where(a != 2, a, 0.5)
print(result, result.dtype)
