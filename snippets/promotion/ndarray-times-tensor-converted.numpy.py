"""Converted with `torch.from_numpy`, the float64 weights multiply the float32 tensor as two tensors,
and the product is float64, the dtype NumPy gives for float64 times float32.
"""
# /// pair
# title = "An ndarray and a tensor: convert the array with torch.from_numpy"
# expect = "equal"
# same_dtype = true
# order = 20
# numpy_call = "weights * x"
# torch_call = "torch.from_numpy(weights) * x"
# ///
import numpy as np

weights = np.array([0.5, 1.5, 2.5])
x = np.array([1.0, 2.0, 3.0], dtype=np.float32)
result = weights * x
print(result, result.dtype)
