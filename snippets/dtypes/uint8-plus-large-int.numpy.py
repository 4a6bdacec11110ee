"""Adding a Python integer that does not fit the array's type: NumPy 2 refuses with
`OverflowError: Python integer 300 out of bounds for uint8`. PyTorch keeps the uint8 dtype and
silently wraps the integer too, so 200 + 300 comes out as 244 ((200 + 300) mod 256). Neither
widens the result; to get 500, convert first, as in [the faithful translation](#uint8-widen-first).
"""
# /// pair
# title = "uint8 plus a Python int it cannot hold"
# expect = "differs"
# difference = "NumPy raises OverflowError; torch wraps to 244"
# order = 22
# see = ["dtypes/uint8-widen-first"]
# numpy_call = "a + 300  # OverflowError"
# torch_call = "a + 300  # wraps"
# ///
import numpy as np

a = np.array([200, 7], dtype=np.uint8)
result = a + 300
print(result)
