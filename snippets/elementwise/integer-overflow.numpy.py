"""Fixed-width integer arithmetic wraps around in both libraries: in int8, 127 + 1 is
{{elementwise/integer-overflow numpy.result['sum'][0]}} and 100 * 2 is
{{elementwise/integer-overflow numpy.result['product'][1]}}. Neither warns for arrays, so overflow
goes unnoticed on both sides.
"""
# /// pair
# title = "Integer overflow wraps around"
# expect = "equal"
# same_dtype = true
# order = 25
# numpy_call = "a + b"
# torch_call = "a + b"
# ///
import numpy as np

a = np.array([127, 100], dtype=np.int8)
b = np.array([1, 100], dtype=np.int8)
result = {"sum": a + b, "product": a * np.array([1, 2], dtype=np.int8)}
print(result)
