"""`np.unique_all` also returns the index of each value's first occurrence, which
`torch.unique` cannot return. Compute it from the inverse indices: scatter each position into its
value's slot and keep the smallest with `scatter_reduce(..., reduce="amin")`.
"""
# /// pair
# title = "Unique values with first indices: np.unique_all"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# same_dtype = true
# order = 33
# numpy_call = "np.unique_all(x)"
# torch_call = "torch.unique(x, return_inverse=True, return_counts=True)"
# ///
import numpy as np

x = np.array([3, 1, 2, 1, 3, 3])
u = np.unique_all(x)
result = (u.values, u.indices, u.inverse_indices, u.counts)
print(result)
