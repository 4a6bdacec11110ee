"""`np.setxor1d(a, b)` returns the sorted unique values in exactly one of the two arrays. PyTorch has
no set functions besides `torch.isin` and `torch.unique`; either keep the values that occur once in
the concatenated unique values, or mask with `torch.isin`:
`torch.cat([a[~torch.isin(a, b)], b[~torch.isin(b, a)]])` before `torch.unique`.
"""
# /// pair
# title = "Symmetric difference: np.setxor1d"
# expect = "equal"
# same_dtype = true
# order = 34
# numpy_call = "np.setxor1d(a, b)"
# torch_call = "torch.cat([a[~torch.isin(a, b)], b[~torch.isin(b, a)]]).unique()"
# ///
import numpy as np

a = np.array([1, 2, 3, 3, 5])
b = np.array([2, 4, 5, 6])
result = np.setxor1d(a, b)
print(result)
