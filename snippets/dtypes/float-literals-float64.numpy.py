"""With `dtype=torch.float64`, `torch.tensor` keeps the Python floats exactly as NumPy does, large
and tiny ones included. Building the tensor from an existing float64 NumPy array also keeps
float64: the dtype of an array wins over the default dtype.
"""
# /// pair
# title = "Python floats: torch.tensor(..., dtype=torch.float64)"
# expect = "equal"
# same_dtype = true
# order = 10
# numpy_call = "np.array([1e40, 1e-46])"
# torch_call = "torch.tensor([1e40, 1e-46], dtype=torch.float64)"
# ///
import numpy as np

result = np.array([1e40, 1e-46, 0.1])
print(result, result.dtype)
