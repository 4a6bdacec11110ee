"""`ravel` is the flattening that avoids copies in both libraries: on a contiguous array it
returns a view, so a write into the result reaches the original, the same in NumPy and
PyTorch. On a transpose both must copy, and the original is left alone.
"""
# /// pair
# title = "ravel returns a view when it can"
# expect = "equal"
# order = 14
# numpy_call = "a.ravel()"
# torch_call = "t.ravel()"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
a.ravel()[0] = 100
a.T.ravel()[1] = -1
print(a)
result = a
