"""Flatten first, then accumulate along the only dimension. With an axis (`np.cumsum(m, axis=1)`), pass
the same number as `dim`.
"""
# /// pair
# title = "cumsum over all elements: flatten, then dim=0"
# expect = "equal"
# same_dtype = true
# order = 6
# numpy_call = "np.cumsum(m)"
# torch_call = "torch.cumsum(m.flatten(), dim=0)"
# ///
import numpy as np

m = np.array([[1, 2, 3], [4, 5, 6]])
flat = np.cumsum(m)
rows = np.cumsum(m, axis=1)
print(flat)
result = (flat, rows)
