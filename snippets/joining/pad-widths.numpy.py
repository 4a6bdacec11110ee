"""Listing the pairs last dimension first, `(2, 0)` for the columns then `(1, 0)` for the rows,
gives `F.pad` the padding NumPy applied: one row above, two columns on the left.
"""
# /// pair
# title = "Pad widths in F.pad order"
# expect = "equal"
# order = 21
# numpy_call = "np.pad(a, ((1, 0), (2, 0)))"
# torch_call = "F.pad(t, (2, 0, 1, 0))"
# ///
import numpy as np

a = np.arange(1, 7).reshape(2, 3)
result = np.pad(a, ((1, 0), (2, 0)))
print(result.shape)
print(result)
