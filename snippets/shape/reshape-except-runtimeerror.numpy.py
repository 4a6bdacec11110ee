"""Catching `RuntimeError` in the PyTorch code handles the impossible reshape, as
`except ValueError:` does in NumPy.
"""
# /// pair
# title = "Catching an impossible reshape with except RuntimeError"
# expect = "equal"
# order = 3
# numpy_call = "try: a.reshape(4, 2) except ValueError: ..."
# torch_call = "try: t.reshape(4, 2) except RuntimeError: ..."
# ///
import numpy as np

a = np.arange(6)
try:
    a.reshape(4, 2)
    result = "reshaped"
except ValueError as error:
    print(type(error).__name__, error)
    result = "caught"
