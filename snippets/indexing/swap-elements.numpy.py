"""Swapping two elements with a tuple assignment, `a[0], a[2] = a[2], a[0]`, works on a NumPy array:
indexing one element returns a copy (a NumPy scalar), so both old values are saved before either is
written. Indexing one element of a tensor returns a 0-d tensor that is a view into it, so by the
time the second assignment runs, the first has overwritten the value it reads: both places end up
holding the same value, and nothing warns. Swap with an index list, which copies, as in
[the faithful translation](#swap-elements-index-list).
"""
# /// pair
# title = "Swapping two elements with a tuple assignment"
# expect = "differs"
# difference = "a[i], a[j] = a[j], a[i] copies one value over the other: tensor elements are views"
# fix = "indexing/swap-elements-index-list"
# see = ["views/slice-is-view"]
# order = 35
# numpy_call = "a[0], a[2] = a[2], a[0]"
# torch_call = "t[0], t[2] = t[2], t[0]"
# ///
import numpy as np

a = np.array([10, 20, 30])
a[0], a[2] = a[2], a[0]
result = a
print(result)
