"""Reshaping 6 elements into 4×2 is impossible in both libraries, but NumPy raises `ValueError` and
PyTorch raises {{shape/reshape-except-valueerror torch.error}}. A NumPy-style `except ValueError:`
around the reshape therefore lets PyTorch's error escape. Catch
[`RuntimeError`](#reshape-except-runtimeerror) in the port.
"""
# /// pair
# title = "Catching an impossible reshape with except ValueError"
# expect = "differs"
# difference = "PyTorch raises RuntimeError, which except ValueError misses"
# order = 2
# see = ["shape/reshape-except-runtimeerror"]
# fix = "shape/reshape-except-runtimeerror"
# numpy_call = "try: a.reshape(4, 2) except ValueError: ..."
# torch_call = "try: t.reshape(4, 2) except ValueError: ..."
# ///
import numpy as np

a = np.arange(6)
try:
    a.reshape(4, 2)
    result = "reshaped"
except ValueError as error:
    print(type(error).__name__, error)
    result = "caught"
