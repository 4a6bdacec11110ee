"""NumPy code runs a matrix product in half precision by converting to `np.float16`. The PyTorch way
to ask for lower precision, `torch.autocast`, picks bfloat16 on the CPU unless told otherwise, and
bfloat16 is not float16: both are 16 bits wide, but float16 spends them on precision (machine
epsilon 2**-10, largest value 65504) and bfloat16 on range (epsilon 2**-7, float32's range); each
side prints its type's epsilon and maximum. So 70000 overflows to `inf` in float16 but not in
bfloat16, and the finite products are rounded differently: 1.786 against 1.781. Ask for float16
explicitly, as in [the faithful translation](#float16-matmul); to predict bfloat16 in NumPy, see
[bfloat16 rounding emulated](#bfloat16-emulated).
"""
# /// pair
# title = "Half precision: torch.autocast on the CPU means bfloat16, not float16"
# expect = "differs"
# difference = "CPU autocast computes in bfloat16, which rounds and overflows differently from float16"
# see = ["dtypes/float16-matmul", "dtypes/bfloat16-emulated"]
# fix = "dtypes/float16-matmul"
# order = 24
# numpy_call = "a.astype(np.float16) @ w.astype(np.float16)"
# torch_call = "with torch.autocast('cpu'): a @ w"
# ///
import numpy as np

a = np.array([[1.001, 3.14159], [70000.0, 0.1]], dtype=np.float32)
w = np.array([[1.0, 0.5], [0.25, 1.0]], dtype=np.float32)
with np.errstate(over="ignore"):
    result = a.astype(np.float16) @ w.astype(np.float16)
print(result, result.dtype)
print(np.finfo(np.float16).eps, np.finfo(np.float16).max)
