"""`np.broadcast_to` returns a read-only view in which every row shares the same memory, and writing
to it raises {{views/write-to-broadcast numpy.error}}. The usual translation, `expand`, returns a
writable tensor with the same shared memory: assigning one element changes that column in every row,
and the source vector `v` too, because they are all one element in memory. Materialise the rows
first (`.clone()`, or `repeat`), as in [the faithful translation](#broadcast-then-copy).
"""
# /// pair
# title = "Writing to a broadcast view: NumPy refuses, expand lets it through"
# expect = "differs"
# difference = "an expanded tensor is writable; one write changes every row"
# order = 21
# see = ["views/broadcast-then-copy"]
# fix = "views/broadcast-then-copy"
# numpy_call = "np.broadcast_to(v, (3, 4))[0, 0] = 9"
# torch_call = "v.expand(3, 4)[0, 0] = 9"
# ///
import numpy as np

v = np.arange(4)
grid = np.broadcast_to(v, (3, 4))
grid[0, 0] = 9
result = grid
print(result)
