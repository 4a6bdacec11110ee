"""Indexing with a list copies the selected values first, so `t[[0, 2]] = t[[2, 0]]` swaps the two
elements in one assignment, in both libraries.
"""
# /// pair
# title = "Swapping two elements: assign through an index list"
# expect = "equal"
# same_dtype = true
# order = 35
# numpy_call = "a[0], a[2] = a[2], a[0]"
# torch_call = "t[[0, 2]] = t[[2, 0]]"
# ///
import numpy as np

a = np.array([10, 20, 30])
a[0], a[2] = a[2], a[0]
result = a
print(result)
