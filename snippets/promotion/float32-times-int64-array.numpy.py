"""Between two arrays of different kinds, NumPy looks for a type that can hold both: float32
cannot represent every int64, so float32 times int64 becomes float64. PyTorch only checks the
category: floating beats integer and the float32 operand's dtype wins. Convert the float operand
to float64 to match NumPy, as in [the faithful translation](#float32-times-int64-as-float64).
"""
# /// pair
# title = "float32 array times int64 array: float64 in NumPy, float32 in PyTorch"
# expect = "differs"
# difference = "float32 tensor * int64 tensor stays float32; NumPy widens to float64"
# same_dtype = true
# order = 16
# see = ["promotion/float32-times-int64-as-float64"]
# fix = "promotion/float32-times-int64-as-float64"
# numpy_call = "x * n"
# torch_call = "x * n"
# ///
import numpy as np

x = np.array([0.5, 1.5, 2.5], dtype=np.float32)
n = np.array([2, 4, 6])
result = x * n
print(result, result.dtype)
