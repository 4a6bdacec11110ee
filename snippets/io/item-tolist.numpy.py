"""`.item()` turns a one-element array or tensor into a Python number and `.tolist()` turns any
array or tensor into nested Python lists; both drop the library's dtype for Python's own `int`
and `float`. The methods have the same names on both sides, so this part of a port needs no change.
"""
# /// pair
# title = "To Python numbers: .item() and .tolist()"
# expect = "equal"
# order = 14
# numpy_call = "a.sum().item(); a.tolist()"
# torch_call = "t.sum().item(); t.tolist()"
# ///
import numpy as np

a = np.array([[1.5, 2.0], [3.0, 4.25]], dtype=np.float32)
total = a.sum().item()
rows = a.tolist()
print(type(total).__name__, total)
print(type(rows[0][0]).__name__, rows)
result = (total, rows)
