"""Arithmetic between uint8 arrays stays uint8 in both libraries and wraps around modulo 256 without
a warning: 250 + 10 is {{dtypes/uint8-wraparound numpy.result[0][0]}} and 5 - 10 is
{{dtypes/uint8-wraparound numpy.result[1][1]}}. This matters for image data, which usually arrives
as uint8: convert to a wider type (`.int()`, `.float()`) before summing or subtracting pixels.
"""
# /// pair
# title = "uint8 arithmetic wraps around modulo 256"
# expect = "equal"
# same_dtype = true
# order = 21
# numpy_call = "a + b  # uint8"
# torch_call = "a + b  # uint8"
# ///
import numpy as np

a = np.array([250, 5, 128], dtype=np.uint8)
b = np.array([10, 10, 128], dtype=np.uint8)
total = a + b
difference = a - b
print(total, difference)
result = (total, difference)
