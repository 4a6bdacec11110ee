"""`a.astype(dtype)` translates to `t.to(dtype)`. The older `t.type(dtype)` does the same
conversion; called with no argument, `type()` returns a legacy type string such as
`'torch.LongTensor'`, not a dtype, so prefer `.to` and `.dtype`.
"""
# /// pair
# title = "Converting: astype and Tensor.to"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "a.astype(np.float32)"
# torch_call = "t.to(torch.float32)"
# ///
import numpy as np

a = np.array([1, 2, 3])
as_float = a.astype(np.float32)
as_int8 = a.astype(np.int8)
print(as_float.dtype, as_int8.dtype)
result = (as_float, as_int8)
