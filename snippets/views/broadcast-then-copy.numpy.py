"""Copying the broadcast view gives every row its own memory, in NumPy with `.copy()` and in
PyTorch with `.clone()`, so a write changes exactly one element and the source vector is
untouched.
"""
# /// pair
# title = "Broadcast, then copy before writing"
# expect = "equal"
# order = 22
# numpy_call = "np.broadcast_to(v, (3, 4)).copy()"
# torch_call = "v.expand(3, 4).clone()"
# ///
import numpy as np

v = np.arange(4)
grid = np.broadcast_to(v, (3, 4)).copy()
grid[0, 0] = 9
result = (v, grid)
print(v)
print(grid)
