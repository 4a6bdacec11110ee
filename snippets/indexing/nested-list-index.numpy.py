"""NumPy 2 reads a nested list as one index array: `a[[[0, 1], [1, 2]]]` picks rows 0, 1, 1 and 2 of
`a` arranged 2×2, a result of shape (2, 2, 4). PyTorch 2.13 still reads the outer list as a tuple,
one list per dimension: it picks the elements at (0, 1) and (1, 2), shape (2,), and warns with a
`UserWarning` that this is deprecated (the PyTorch side prints it). Make the index an array, as in
[the faithful translation](#nested-list-index-array), or a tuple if single elements were meant.
"""
# /// pair
# title = "Indexing with a nested list: an index array or a tuple"
# expect = "differs"
# difference = "torch reads a nested list as a tuple of per-dimension indices, with a deprecation warning"
# see = ["indexing/nested-list-index-array"]
# fix = "indexing/nested-list-index-array"
# order = 6
# numpy_call = "a[[[0, 1], [1, 2]]]"
# torch_call = "t[[[0, 1], [1, 2]]]"
# ///
import numpy as np

a = np.arange(12).reshape(3, 4)
result = a[[[0, 1], [1, 2]]]
print(result.shape)
