"""Indexing with `None` where the new axes go inserts several at once, and chained `unsqueeze`
calls do the same one axis at a time (each position refers to the shape after the previous
insertion).
"""
# /// pair
# title = "Adding several axes: None indices or chained unsqueeze"
# expect = "equal"
# order = 19
# numpy_call = "np.expand_dims(a, (0, 2))"
# torch_call = "t[None, :, None]"
# ///
import numpy as np

a = np.arange(3)
result = np.expand_dims(a, (0, 2))
print(result.shape)
