"""NaN is not equal to itself. `np.unique` nevertheless merges all NaNs into one entry (its
`equal_nan=True` default); `torch.unique` keeps each NaN as a separate value, so the result is
longer. [The faithful translation](#unique-nan-merged) reproduces NumPy's result.
"""
# /// pair
# title = "Unique values with NaN: NumPy merges them, PyTorch keeps each"
# expect = "differs"
# difference = "torch.unique returns one NaN per NaN in the input"
# order = 17
# see = ["sorting/unique-nan-merged"]
# fix = "sorting/unique-nan-merged"
# numpy_call = "np.unique(x)"
# torch_call = "torch.unique(x)"
# ///
import numpy as np

x = np.array([2.0, np.nan, 1.0, np.nan, 2.0])
result = np.unique(x)
print(result)
