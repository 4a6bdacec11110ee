"""Catching `RuntimeError` around the comparison handles shapes that do not broadcast as
`except ValueError:` does in NumPy.
"""
# /// pair
# title = "Catching a comparison of incompatible shapes: except RuntimeError"
# expect = "equal"
# order = 3
# numpy_call = "try: a == b except ValueError: ..."
# torch_call = "try: a == b except RuntimeError: ..."
# ///
import numpy as np

a = np.array([1, 2, 3])
b = np.array([1, 2])
try:
    result = a == b
except ValueError as error:
    print(type(error).__name__, error)
    result = "refused"
