"""In `a[0, :, [0, 1]]` NumPy counts the integer `0` as an index array too. The two index arrays
are separated by a slice, so NumPy puts their broadcast dimension first: the result is 2×3.
PyTorch applies the integer first, as ordinary indexing, and then the list, which stays in
place: the result is 3×2, the transpose. To get NumPy's layout, make the integer a list too,
[`t[[0], :, [0, 1]]`](#integer-slice-list-both-lists).
"""
# /// pair
# title = "An integer and a list separated by a slice"
# expect = "differs"
# difference = "PyTorch does not move the indexed dimension to the front"
# order = 9
# see = ["indexing/integer-slice-list-both-lists"]
# fix = "indexing/integer-slice-list-both-lists"
# numpy_call = "a[0, :, [0, 1]]"
# torch_call = "t[0, :, [0, 1]]"
# ///
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
result = a[0, :, [0, 1]]
print(result.shape)
print(result)
