"""Catching `RuntimeError` around the in-place addition handles the refused cast as
`except TypeError:` does in NumPy.
"""
# /// pair
# title = "Catching a += 1.5 on an integer array: except RuntimeError"
# expect = "equal"
# order = 6
# numpy_call = "try: a += 1.5 except TypeError: ..."
# torch_call = "try: a += 1.5 except RuntimeError: ..."
# ///
import numpy as np

a = np.arange(4)
try:
    a += 1.5
    result = "done"
except TypeError as error:
    print(type(error).__name__, error)
    result = "refused"
