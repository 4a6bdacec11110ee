"""`torch.double` (an alias of `torch.float64`) keeps 16777217 exact, as NumPy's `dtype=float` does;
Python's `float` works as the dtype in PyTorch too and means the same. The pair compares exactly.
"""
# /// pair
# title = "dtype=float in PyTorch: torch.float64 or torch.double"
# expect = "equal"
# same_dtype = true
# rtol = 0
# atol = 0
# order = 4
# numpy_call = "np.array([0.1, 16777217.0], dtype=float)"
# torch_call = "torch.tensor([0.1, 16777217.0], dtype=torch.double)"
# ///
import numpy as np

result = np.array([0.1, 16777217.0], dtype=float)
print(result.dtype)
print(result[1] - 16777216.0)
