"""Convert one operand to float64 before dividing, and PyTorch's result is float64 like NumPy's.
(`torch.set_default_dtype(torch.float64)` changes the default for the whole program instead.)
"""
# /// pair
# title = "Integer true division in float64"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "a / b"
# torch_call = "a.to(torch.float64) / b"
# ///
import numpy as np

a = np.array([7, -7, 1])
b = np.array([2, 2, 3])
result = a / b
print(result, result.dtype)
