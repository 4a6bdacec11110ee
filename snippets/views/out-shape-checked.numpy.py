"""Where the NumPy code relies on `out=` refusing a buffer of the wrong shape, the port checks the
shape itself before the call: PyTorch would resize the buffer. Raising the same `ValueError` keeps
any `except` clause around the call working, and the wrong buffer keeps its shape on both sides;
a buffer of the right shape is written.
"""
# /// pair
# title = "out= with the wrong shape: check the shape to keep the error"
# expect = "equal"
# order = 8
# numpy_call = "np.add(a, 1, out=buf)"
# torch_call = "if buf.shape != a.shape: raise ValueError(...)"
# ///
import numpy as np

a = np.arange(4.0)
result = []
for buf in (np.zeros(2), np.zeros(4)):
    try:
        np.add(a, 1, out=buf)
        result.append(("written", buf))
    except ValueError as error:
        print(error)
        result.append(("refused", buf))
print(result)
