"""`np.sort` returns the sorted array. `torch.sort` returns a named tuple `(values, indices)`, so take
`.values` or unpack it; for distinct values the indices are what `np.argsort` gives. Both sort along
the last axis by default.
"""
# /// pair
# title = "Sorting values: np.sort and torch.sort(...).values"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "np.sort(a)"
# torch_call = "torch.sort(a).values"
# ///
import numpy as np

a = np.array([5, 2, 9, 1, 7])
print(np.argsort(a))
result = np.sort(a)
print(result)
