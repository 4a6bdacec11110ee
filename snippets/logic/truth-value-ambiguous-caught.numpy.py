"""Catching `RuntimeError` around the `if` handles the ambiguous truth value as `except
ValueError:` does in NumPy.
"""
# /// pair
# title = "Catching an ambiguous truth value: except RuntimeError"
# expect = "equal"
# order = 17
# numpy_call = "try: bool(x > 0) except ValueError: ..."
# torch_call = "try: bool(x > 0) except RuntimeError: ..."
# ///
import numpy as np

x = np.array([1, -2, 3])
try:
    result = "positive" if x > 0 else "not positive"
except ValueError as error:
    print(type(error).__name__, error)
    result = "refused"
