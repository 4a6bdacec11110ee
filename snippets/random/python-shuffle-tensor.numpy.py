"""`random.shuffle` from Python's standard library shuffles a 1-D NumPy array correctly: it swaps
elements with tuple assignments, and an array element is copied out when read. A tensor element is
a view ([swapping with a tuple assignment](indexing.md#swap-elements)), so the same swaps copy values
over each other: the "shuffled" tensor holds duplicates, some values are lost, and nothing warns.
Both sides seed Python's generator alike; the NumPy side checks that no value was lost. Shuffle a
list of positions and index with it, as in [the faithful translation](#python-shuffle-positions),
or draw the permutation with `torch.randperm`.
"""
# /// pair
# title = "random.shuffle on a tensor duplicates values"
# expect = "differs"
# difference = "random.shuffle of a 1-D tensor copies elements over each other: values are lost"
# fix = "random/python-shuffle-positions"
# order = 3
# numpy_call = "random.shuffle(a)"
# torch_call = "random.shuffle(t)"
# ///
import random

import numpy as np

random.seed(0)
a = np.arange(8)
random.shuffle(a)
assert sorted(a.tolist()) == list(range(8))
result = a
print(result)
