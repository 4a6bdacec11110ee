"""With only a condition, `np.where(c)` returns a tuple of index arrays, one per dimension, ready
to index with. `torch.where(c)` returns the same tuple of tensors.
"""
# /// pair
# title = "where with one argument: a tuple of indices"
# expect = "equal"
# order = 25
# numpy_call = "np.where(a > 0)"
# torch_call = "torch.where(t > 0)"
# ///
import numpy as np

a = np.array([[0, 3, 0], [5, 0, 6]])
rows, cols = np.where(a > 0)
print(rows, cols, a[rows, cols])
result = np.where(a > 0)
