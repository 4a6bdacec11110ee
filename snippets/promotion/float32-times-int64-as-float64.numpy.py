"""To reproduce NumPy's float64, convert before multiplying; `torch.promote_types` shows what
PyTorch would otherwise pick (float32), while `np.promote_types` says float64.
"""
# /// pair
# title = "float32 times int64 with NumPy's float64"
# expect = "equal"
# same_dtype = true
# order = 17
# numpy_call = "x * n"
# torch_call = "x.to(torch.float64) * n"
# ///
import numpy as np

x = np.array([0.5, 1.5, 2.5], dtype=np.float32)
n = np.array([2, 4, 6])
print(np.promote_types(np.float32, np.int64))
result = x * n
print(result, result.dtype)
