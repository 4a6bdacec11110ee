"""Making the conversion explicit removes the dependence on either library's scalar rules:
`x.to(torch.float64)` gives NumPy's float64 result. If float32 was the intent all along, convert
the other way: `x - offset.to(x.dtype)` in PyTorch, `x - offset.astype(x.dtype)` in NumPy.
"""
# /// pair
# title = "float32 minus a float64 scalar, with the dtype made explicit"
# expect = "equal"
# same_dtype = true
# order = 14
# numpy_call = "x - ref.mean()"
# torch_call = "x.to(torch.float64) - ref.mean()"
# ///
import numpy as np

x = np.array([1.0, 2.0, 3.0], dtype=np.float32)
ref = np.array([0.5, 1.5])
result = x - ref.mean()
print(result, result.dtype)
