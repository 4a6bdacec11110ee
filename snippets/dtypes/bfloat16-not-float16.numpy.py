"""NumPy has no bfloat16, and `np.float16` is not a stand-in: both are 16 bits wide, but float16
spends them on precision (10 mantissa bits, largest value 65504) while bfloat16 keeps float32's
exponent range with only 7 mantissa bits. So 1e5 is `inf` in float16 and 99840 in bfloat16, and
1.001 survives in float16 but rounds to 1.0 in bfloat16. To reproduce bfloat16 in NumPy, round
float32 values by hand as in [bfloat16 rounding emulated](#bfloat16-emulated).
"""
# /// pair
# title = "float16 is not bfloat16"
# expect = "differs"
# difference = "float16 and bfloat16 round and overflow differently"
# order = 24
# see = ["dtypes/bfloat16-emulated"]
# numpy_call = "a.astype(np.float16)"
# torch_call = "t.to(torch.bfloat16)"
# ///
import numpy as np

a = np.array([1.001, 3.14159, 70000.0, 1e5], dtype=np.float32)
with np.errstate(over="ignore"):
    result = a.astype(np.float16)
print(result)
print(np.finfo(np.float16).eps, np.finfo(np.float16).max)
