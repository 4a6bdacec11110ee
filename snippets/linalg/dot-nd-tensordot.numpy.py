"""`np.dot(a, b)` is a sum over the last axis of `a` and the second-to-last axis of `b`, which
`torch.tensordot` with those two axes computes, giving the same (2, 3, 2, 3) result.
"""
# /// pair
# title = "np.dot of N-D arrays: torch.tensordot over the matching axes"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "np.dot(a, b)"
# torch_call = "torch.tensordot(a, b, dims=([a.ndim - 1], [b.ndim - 2]))"
# ///
import numpy as np

a = np.arange(24.0).reshape(2, 3, 4)
b = np.arange(24.0).reshape(2, 4, 3)
result = np.dot(a, b)
print(result.shape)
