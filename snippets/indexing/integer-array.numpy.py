"""Indexing with lists or integer arrays picks elements by position. One index array picks
whole rows; one per dimension picks single elements, paired up position by position. The
result is a copy in both libraries, unlike a slice.
"""
# /// pair
# title = "Integer-array indexing"
# expect = "equal"
# order = 6
# numpy_call = "a[[2, 0]], a[[0, 1], [1, 2]]"
# torch_call = "t[[2, 0]], t[[0, 1], [1, 2]]"
# ///
import numpy as np

a = np.arange(12).reshape(3, 4)
rows = a[[2, 0]]
pairs = a[np.array([0, 1]), np.array([1, 2])]
rows[0, 0] = 100
print(rows, pairs, a[2, 0], sep="\n")
result = (rows, pairs, a)
