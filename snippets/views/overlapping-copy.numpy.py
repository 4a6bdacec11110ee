"""Shifting an array by one place with a slice assignment whose two sides overlap,
`a[1:] = a[:-1]`, works in NumPy: it detects the overlap and copies through a temporary, so the
result is the shifted array. PyTorch refuses the assignment: the source and the destination share
memory, and it raises {{views/overlapping-copy torch.error}} asking for a `clone()` of the
source, as in [the faithful translation](#overlapping-copy-clone).
"""
# /// pair
# title = "Shifting in place: a[1:] = a[:-1]"
# expect = "differs"
# difference = "an assignment between overlapping slices of one tensor raises"
# fix = "views/overlapping-copy-clone"
# order = 3
# numpy_call = "a[1:] = a[:-1]"
# torch_call = "a[1:] = a[:-1]"
# ///
import numpy as np

a = np.arange(5)
a[1:] = a[:-1]
result = a
print(result)
