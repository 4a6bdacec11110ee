"""Catching `RuntimeError` around the subtraction handles two boolean tensors as
`except TypeError:` does in NumPy.
"""
# /// pair
# title = "Catching boolean minus boolean: except RuntimeError"
# expect = "equal"
# order = 11
# numpy_call = "try: m - n except TypeError: ..."
# torch_call = "try: m - n except RuntimeError: ..."
# ///
import numpy as np

m = np.array([True, True, False, False])
n = np.array([True, False, True, False])
try:
    result = m - n
except TypeError as error:
    print(type(error).__name__, error)
    result = "refused"
