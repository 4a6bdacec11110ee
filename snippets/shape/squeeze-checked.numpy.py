"""Where the NumPy code relied on `squeeze` raising for an axis whose length is not 1, the port must
check the length itself: PyTorch's `squeeze` would return the tensor unchanged. Raising the same
`ValueError` keeps any `except` clause around the call working.
"""
# /// pair
# title = "Squeezing a non-singleton axis: check the length to keep the error"
# expect = "both-raise"
# order = 15
# numpy_call = "np.squeeze(a, axis=1)"
# torch_call = "if t.shape[1] != 1: raise ValueError(...)"
# ///
import numpy as np

a = np.zeros((1, 3))
result = np.squeeze(a, axis=1)
