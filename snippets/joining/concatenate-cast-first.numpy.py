"""Converting every input to float64 before `torch.cat` reproduces NumPy's result dtype.
"""
# /// pair
# title = "Concatenating int64 with float32, cast to float64 first"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "np.concatenate([ints, floats])"
# torch_call = "torch.cat([ints.double(), floats.double()])"
# ///
import numpy as np

ints = np.array([1, 2, 3])
floats = np.array([0.5, 1.5], dtype=np.float32)
result = np.concatenate([ints, floats])
print(result, result.dtype)
