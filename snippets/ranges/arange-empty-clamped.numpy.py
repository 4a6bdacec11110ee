"""Raising the end to at least the start (for a positive step) turns the inconsistent range into
`torch.arange(start, start)`, which PyTorch accepts and returns empty, so both sides give an empty
int64 array. For a negative step, clamp with `min` instead.
"""
# /// pair
# title = "An empty range: clamp the end with max(start, stop)"
# expect = "equal"
# same_dtype = true
# order = 5
# numpy_call = "np.arange(start, stop)"
# torch_call = "torch.arange(start, max(start, stop))"
# ///
import numpy as np

start, stop = 7, 3
result = np.arange(start, stop)
print(result, result.shape)
