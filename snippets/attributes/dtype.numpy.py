"""`dtype` is an attribute in both libraries. It compares equal to the library's own dtype
object (`np.float32`, `torch.float32`); the printed names differ only by their `torch.` prefix.
"""
# /// pair
# title = "The dtype attribute"
# expect = "equal"
# same_dtype = true
# order = 13
# numpy_call = "a.dtype == np.float32"
# torch_call = "t.dtype == torch.float32"
# ///
import numpy as np

a = np.zeros(3, dtype=np.float32)
print(a.dtype, a.dtype == np.float32)
result = (a.dtype, a.dtype == np.float32)
