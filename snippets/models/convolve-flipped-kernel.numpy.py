"""Passing the flipped kernel, `k.flip(0)`, to `F.conv1d` reproduces
`np.convolve(..., mode="valid")`. For `mode="full"` add `padding=len(k) - 1`; for learned kernels the flip does
not matter, since the network learns whichever orientation it needs.
"""
# /// pair
# title = "np.convolve with F.conv1d and a flipped kernel"
# expect = "equal"
# same_dtype = true
# order = 12
# numpy_call = "np.convolve(x, k, mode='valid')"
# torch_call = "F.conv1d(x.view(1, 1, -1), k.flip(0).view(1, 1, -1)).flatten()"
# ///
import numpy as np

x = np.array([1.0, 2.0, 4.0, 7.0, 11.0])
k = np.array([1.0, 0.0, -1.0])
valid = np.convolve(x, k, mode="valid")
full = np.convolve(x, k, mode="full")
result = (valid, full)
print(valid)
print(full)
