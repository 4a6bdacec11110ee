"""Unique rows: NumPy's `axis=0` is PyTorch's `dim=0`. Both return the distinct rows in sorted
(lexicographic) order, and the counts match. Without an axis, both flatten the input first.
"""
# /// pair
# title = "Unique rows: axis=0 and dim=0"
# expect = "equal"
# same_dtype = true
# order = 19
# numpy_call = "np.unique(m, axis=0)"
# torch_call = "torch.unique(m, dim=0)"
# ///
import numpy as np

m = np.array([[1, 2], [0, 5], [1, 2], [0, 3]])
rows, counts = np.unique(m, axis=0, return_counts=True)
print(rows)
print(counts)
result = (rows, counts)
