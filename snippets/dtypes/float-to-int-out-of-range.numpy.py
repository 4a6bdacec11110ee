"""Converting a float that the integer type cannot hold (NaN, infinity, 1e20 into int32, a negative
number into uint8) is undefined in C, and both libraries pass on whatever the CPU does. On the
machine that built this page both gave the same integers: the int32 minimum for NaN, infinity and
1e20, and {{dtypes/float-to-int-out-of-range numpy.result[1][0]}} and
{{dtypes/float-to-int-out-of-range numpy.result[1][1]}} for -1.0 and 300.0 into uint8 (modulo 256).
NumPy warns (the warning is in its output below); PyTorch is silent. Other processors can give other
values, so check with `isfinite` and a range test before casting.
"""
# /// pair
# title = "Float to integer out of range: undefined, same values here"
# expect = "equal"
# same_dtype = true
# order = 20
# numpy_call = "a.astype(np.int32)"
# torch_call = "t.to(torch.int32)"
# ///
import numpy as np

a = np.array([np.nan, np.inf, 1e20, -1.0, 300.0])
as_int32 = a.astype(np.int32)
as_uint8 = a[3:].astype(np.uint8)
print(as_int32)
print(as_uint8)
result = (as_int32, as_uint8)
