"""To get NumPy's uint64, convert the int64 sum afterwards. Asking for the dtype inside the reduction,
`a.sum(dtype=torch.uint64)`, raises `NotImplementedError` on the CPU in this PyTorch version.
"""
# /// pair
# title = "sum of uint8 as uint64: convert the result"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "a.sum()"
# torch_call = "a.sum().to(torch.uint64)"
# ///
import numpy as np

a = np.array([200, 100, 50], dtype=np.uint8)
result = a.sum()
print(result, result.dtype)
