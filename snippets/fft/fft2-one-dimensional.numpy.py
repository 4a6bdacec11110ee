"""`fft2` needs at least two dimensions: on a 1-D input both libraries raise `IndexError`, because
the default axes `(-2, -1)` do not exist. Use `fft` for one dimension, or `fftn`, which
transforms whatever dimensions there are.
"""
# /// pair
# title = "fft2 of a 1-D signal"
# expect = "both-raise"
# order = 9
# numpy_call = "np.fft.fft2(x)"
# torch_call = "torch.fft.fft2(x)"
# ///
import numpy as np

x = np.array([1.0, 2.0, 0.0, -1.0])
result = np.fft.fft2(x)
