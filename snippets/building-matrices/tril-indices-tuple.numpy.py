"""Unpacking the 2×N tensor into its row and column indices gives the same advanced indexing as
NumPy's tuple: `M[rows, cols]` (or `M[tuple(idx)]`). PyTorch's offset argument is `offset=`
where NumPy's is `k=`, and the column count is required; `np.tril_indices(n, k, m)` takes it
third.
"""
# /// pair
# title = "Indexing with tril_indices: unpack rows and columns"
# expect = "equal"
# same_dtype = true
# order = 17
# numpy_call = "M[np.tril_indices(3, k=-1)]"
# torch_call = "rows, cols = torch.tril_indices(3, 3, offset=-1); M[rows, cols]"
# ///
import numpy as np

M = np.arange(1, 10).reshape(3, 3)
everything = M[np.tril_indices(3)]
below = M[np.tril_indices(3, k=-1)]
print(everything, below)
result = (everything, below)
