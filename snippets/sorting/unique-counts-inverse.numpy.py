"""`torch.unique` returns sorted unique values, like `np.unique`, and takes the same `return_inverse`
and `return_counts` flags, returning the extra arrays in the same order. The inverse indices rebuild
the input: `values[inverse]`.
"""
# /// pair
# title = "Unique values with counts and inverse indices"
# expect = "equal"
# same_dtype = true
# order = 14
# numpy_call = "np.unique(a, return_inverse=True, return_counts=True)"
# torch_call = "torch.unique(a, return_inverse=True, return_counts=True)"
# ///
import numpy as np

a = np.array([3, 1, 2, 1, 3, 3])
values, inverse, counts = np.unique(a, return_inverse=True, return_counts=True)
print(values, inverse, counts)
print(values[inverse])
result = (values, inverse, counts)
