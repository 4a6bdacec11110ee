"""Whether an array is laid out row by row is `a.flags["C_CONTIGUOUS"]` in NumPy and
`t.is_contiguous()` in PyTorch. A transpose is not contiguous in either; copying it
(`np.ascontiguousarray`, `t.contiguous()`) makes it so.
"""
# /// pair
# title = "Is the array contiguous?"
# expect = "equal"
# order = 18
# numpy_call = "a.flags['C_CONTIGUOUS']"
# torch_call = "t.is_contiguous()"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
flags = [bool(x.flags["C_CONTIGUOUS"]) for x in (a, a.T, np.ascontiguousarray(a.T))]
print(flags)
result = flags
