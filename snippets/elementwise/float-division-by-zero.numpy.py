"""Floating-point division by zero follows IEEE 754 in both libraries: `inf` or `-inf` by the sign of
the numerator, NaN for `0 / 0`. Integer inputs with `/` behave the same, since true division
converts them to floating point first: float64 in NumPy, and in PyTorch float32 unless the
integer tensor is converted with `.double()` first, as here (see
[integer / integer](promotion.md#int-divide-int)). NumPy warns about the division; PyTorch does not.
"""
# /// pair
# title = "Float division by zero: inf and NaN"
# expect = "equal"
# same_dtype = true
# order = 34
# numpy_call = "x / 0.0"
# torch_call = "x / 0.0"
# ///
import numpy as np

x = np.array([5.0, -5.0, 0.0])
a = np.array([5, -5, 0])
result = {"float": x / 0.0, "int": a / np.array([0, 0, 0])}
print(result)
