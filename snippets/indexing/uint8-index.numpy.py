"""To NumPy an array of `uint8` is just integers, so it indexes by position: `[1, 0, 1]` picks
elements 1, 0 and 1. PyTorch treats a `torch.uint8` index as a boolean mask, and warns that
this is deprecated: the same index keeps elements 0 and 2. Indices loaded as bytes (from an image or a file) must be
[converted to `long`](#uint8-index-long) first.
"""
# /// pair
# title = "A uint8 index array is a mask in PyTorch"
# expect = "differs"
# difference = "a torch.uint8 index is treated as a boolean mask"
# order = 7
# see = ["indexing/uint8-index-long"]
# fix = "indexing/uint8-index-long"
# numpy_call = "a[idx]  # idx is uint8"
# torch_call = "t[idx]  # idx is uint8"
# ///
import numpy as np

a = np.array([10, 20, 30])
idx = np.array([1, 0, 1], dtype=np.uint8)
result = a[idx]
print(result)
