"""The first position of each unique value is the smallest input position that maps to it. With the
inverse indices from `torch.unique`, `scatter_reduce(..., reduce="amin")` collects that minimum for
every unique value, giving NumPy's `return_index` result.
"""
# /// pair
# title = "First positions of unique values: scatter_reduce over the inverse"
# expect = "equal"
# same_dtype = true
# order = 16
# numpy_call = "np.unique(a, return_index=True)"
# torch_call = "torch.zeros_like(values).scatter_reduce(0, inverse, torch.arange(len(a)), \"amin\", include_self=False)"
# ///
import numpy as np

a = np.array([4, 2, 4, 1, 2, 9])
values, first = np.unique(a, return_index=True)
print(values, first)
result = (values, first)
