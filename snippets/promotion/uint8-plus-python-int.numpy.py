"""A Python integer is a "weak" operand on both sides (NEP 50 in NumPy 2): it adopts the array's
dtype instead of widening it. A uint8 array plus 100 stays uint8, so 200 + 100 wraps around to
{{promotion/uint8-plus-python-int numpy.result[0]}} in both libraries, without a warning.
"""
# /// pair
# title = "uint8 array plus a Python int: stays uint8 and wraps"
# expect = "equal"
# same_dtype = true
# order = 7
# numpy_call = "u + 100"
# torch_call = "u + 100"
# ///
import numpy as np

u = np.array([200, 10], dtype=np.uint8)
result = u + 100
print(result, result.dtype)
