"""Without an axis, `squeeze` removes every dimension of length 1; with one, only that dimension.
On singleton dimensions both libraries agree, and PyTorch also accepts a tuple of
dimensions.
"""
# /// pair
# title = "Removing singleton axes: squeeze"
# expect = "equal"
# same_dtype = true
# order = 16
# numpy_call = "np.squeeze(a, axis=(0, 2))"
# torch_call = "t.squeeze((0, 2))"
# ///
import numpy as np

a = np.zeros((1, 3, 1, 2))
every = np.squeeze(a)
first = np.squeeze(a, axis=0)
two = np.squeeze(a, axis=(0, 2))
print(every.shape, first.shape, two.shape)
result = (every, first, two)
