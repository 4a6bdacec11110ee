"""`reshape` reads the elements in row-major order and fills the new shape in the same order;
one dimension may be `-1` and is then inferred. Method and function forms exist in both
libraries, and both methods accept the sizes as separate arguments.
"""
# /// pair
# title = "reshape"
# expect = "equal"
# order = 1
# numpy_call = "a.reshape(3, -1)"
# torch_call = "t.reshape(3, -1)"
# ///
import numpy as np

a = np.arange(12)
b = a.reshape(3, -1)
c = np.reshape(a, (2, 3, 2))
print(b.shape, c.shape)
result = (b, c)
