"""`torch.index_select(t, dim, idx)` picks whole slices along one dimension, like
`np.take(a, idx, axis=...)`. It takes a 1-D tensor of integer indices; plain indexing with
`t[:, idx]` gives the same result.
"""
# /// pair
# title = "Taking along an axis: torch.index_select"
# expect = "equal"
# order = 14
# numpy_call = "np.take(a, idx, axis=1)"
# torch_call = "torch.index_select(t, 1, idx)"
# ///
import numpy as np

a = np.arange(12).reshape(3, 4)
idx = np.array([3, 0])
result = np.take(a, idx, axis=1)
print(result)
