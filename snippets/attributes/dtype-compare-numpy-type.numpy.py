"""A half-ported check that still compares against a NumPy type fails silently: a
`torch.dtype` never equals `np.float32` (nor `np.dtype("float32")` or the string
`"float32"`), so `t.dtype == np.float32` is `False` even for a float32 tensor. Compare with
[the `torch.` dtype](#dtype) instead.
"""
# /// pair
# title = "Comparing a tensor's dtype with a NumPy type"
# expect = "differs"
# difference = "torch.float32 == np.float32 is False"
# order = 14
# see = ["attributes/dtype"]
# fix = "attributes/dtype"
# numpy_call = "a.dtype == np.float32"
# torch_call = "t.dtype == np.float32"
# ///
import numpy as np

a = np.zeros(3, dtype=np.float32)
result = bool(a.dtype == np.float32)
print(a.dtype, result)
