"""Dividing two integer arrays with `/` gives floating point in both libraries, but of different
widths: NumPy returns float64, PyTorch returns float32, its default floating-point dtype. The values
shown agree; precision beyond about seven digits does not survive, and the float32 result then mixes
with the rest of the port. The next pair converts first.
"""
# /// pair
# title = "Integer true division: float64 or float32"
# expect = "differs"
# difference = "int / int gives float32 in PyTorch"
# same_dtype = true
# order = 2
# see = ["elementwise/true-division-float64"]
# numpy_call = "a / b"
# torch_call = "a / b"
# ///
import numpy as np

a = np.array([7, -7, 1])
b = np.array([2, 2, 3])
result = a / b
print(result, result.dtype)
