"""A slice is a view in both libraries: assigning into it writes into the original array. Call
`.copy()` in NumPy or `.clone()` in PyTorch when the slice must be independent.
"""
# /// pair
# title = "Slices are views"
# expect = "equal"
# order = 2
# numpy_call = "a[1:, :2].copy()"
# torch_call = "t[1:, :2].clone()"
# ///
import numpy as np

a = np.zeros((3, 3), dtype=np.int64)
view = a[1:, :2]
view[:] = 7
independent = a[:1].copy()
independent[:] = -1
print(a)
result = a
