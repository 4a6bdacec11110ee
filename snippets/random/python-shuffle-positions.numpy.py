"""Shuffling a list of positions with the same seeded generator gives the permutation that
`random.shuffle(a)` applied, and indexing with it reorders the tensor without any element view:
the same order as NumPy's, every value kept.
"""
# /// pair
# title = "Shuffling a tensor with random: shuffle positions, then index"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "random.shuffle(a)"
# torch_call = "order = list(range(len(t))); random.shuffle(order); t = t[order]"
# ///
import random

import numpy as np

random.seed(0)
a = np.arange(8)
random.shuffle(a)
result = a
print(result)
