"""Indexing with a list, an integer array or a boolean mask (advanced indexing) returns a copy in
both libraries. Writing into that copy leaves the original unchanged; to modify the original,
assign through the index directly (`a[[0, 2]] = -1`).
"""
# /// pair
# title = "Advanced indexing gives a copy"
# expect = "equal"
# order = 3
# numpy_call = "b = a[[0, 2]]; b[:] = -1"
# torch_call = "b = a[[0, 2]]; b[:] = -1"
# ///
import numpy as np

a = np.arange(5)
picked = a[[0, 2]]
picked[:] = -1
masked = a[a > 2]
masked[:] = -1
result = (a, picked, masked)
print(a, picked, masked)
