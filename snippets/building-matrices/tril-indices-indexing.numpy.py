"""`np.tril_indices(n)` returns a tuple (rows, columns), so `M[np.tril_indices(3)]` picks the six
lower-triangle elements. `torch.tril_indices(3, 3)` (it needs both sizes) returns a single 2×6
tensor instead, and `M[idx]` with one integer tensor indexes the first dimension only: it gathers
whole rows and gives a 2×6×3 result. Split the tensor into its two rows, as in
[the faithful translation](#tril-indices-tuple).
"""
# /// pair
# title = "Indexing with tril_indices: a tuple vs a 2×N tensor"
# expect = "differs"
# difference = "torch.tril_indices returns a 2×N tensor, not a tuple"
# order = 16
# see = ["building-matrices/tril-indices-tuple"]
# fix = "building-matrices/tril-indices-tuple"
# numpy_call = "M[np.tril_indices(3)]"
# torch_call = "M[torch.tril_indices(3, 3)]"
# ///
import numpy as np

M = np.arange(1, 10).reshape(3, 3)
result = M[np.tril_indices(3)]
print(result.shape)
print(result)
