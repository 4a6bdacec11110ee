"""`torch.mean(a, dtype=torch.float64)` converts before averaging and matches NumPy's float64 result.
`a.float().mean()` also works but gives float32, PyTorch's default floating-point type, which is not
what NumPy returns.
"""
# /// pair
# title = "Mean of integers: dtype=torch.float64"
# expect = "equal"
# same_dtype = true
# order = 8
# numpy_call = "np.mean(a)"
# torch_call = "torch.mean(a, dtype=torch.float64)"
# ///
import numpy as np

a = np.array([1, 2, 4])
result = np.mean(a)
print(result, result.dtype)
