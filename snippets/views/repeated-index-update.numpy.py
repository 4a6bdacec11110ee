"""`a[idx] += 1` with a repeated index reads, adds and writes back once per position, so index 0
appearing twice is still incremented only once. Both libraries behave alike here; for a real
accumulation see [np.add.at and index_put_](#accumulate-at-index).
"""
# /// pair
# title = "Repeated indices in a[idx] += 1 apply once"
# expect = "equal"
# order = 4
# numpy_call = "a[[0, 0, 1]] += 1"
# torch_call = "a[[0, 0, 1]] += 1"
# ///
import numpy as np

a = np.zeros(4, dtype=np.int64)
a[[0, 0, 1]] += 1
result = a
print(result)
