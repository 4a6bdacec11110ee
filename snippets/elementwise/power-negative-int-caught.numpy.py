"""Catching `RuntimeError` around the power handles the negative integer exponent as
`except ValueError:` does in NumPy.
"""
# /// pair
# title = "Catching an integer to a negative power: except RuntimeError"
# expect = "equal"
# order = 7
# numpy_call = "try: a ** -1 except ValueError: ..."
# torch_call = "try: a ** -1 except RuntimeError: ..."
# ///
import numpy as np

a = np.array([1, 2, 4])
try:
    result = a ** -1
except ValueError as error:
    print(type(error).__name__, error)
    result = "refused"
