"""Centering float32 data with a float64 statistic: in NumPy 2 (NEP 50) the NumPy scalar that
`ref.mean()` returns is a strong float64 and makes the result float64. In PyTorch `ref.mean()` is a
0-d tensor, and 0-d tensors count like Python scalars when their category (floating) is no
higher than the other operand's: the result stays float32. Convert explicitly when the float64
result is wanted, as in [the faithful translation](#float32-minus-float64-scalar-explicit).
"""
# /// pair
# title = "float32 minus a float64 scalar: NumPy 2 widens, a 0-d tensor does not"
# expect = "differs"
# difference = "a 0-d float64 tensor does not widen a float32 tensor; NumPy 2's float64 scalar does"
# same_dtype = true
# order = 13
# see = ["promotion/float32-minus-float64-scalar-explicit"]
# fix = "promotion/float32-minus-float64-scalar-explicit"
# numpy_call = "x - ref.mean()"
# torch_call = "x - ref.mean()"
# ///
import numpy as np

x = np.array([1.0, 2.0, 3.0], dtype=np.float32)
ref = np.array([0.5, 1.5])
offset = ref.mean()
print(type(offset).__name__, offset.dtype, offset.ndim)
result = x - offset
print(result, result.dtype)
