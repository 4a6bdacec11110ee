"""The `n` argument pads the signal with zeros or truncates it before the transform, with the same
meaning in both libraries; the spectrum then has `n` entries.
"""
# /// pair
# title = "FFT length: padding and truncating with n"
# expect = "equal"
# same_dtype = true
# order = 6
# numpy_call = "np.fft.fft(x, n=8)"
# torch_call = "torch.fft.fft(x, n=8)"
# ///
import numpy as np

x = np.array([1.0, 2.0, 0.0, -1.0, 3.0])
padded = np.fft.fft(x, n=8)
truncated = np.fft.fft(x, n=3)
print(padded.shape, truncated.shape)
result = (padded, truncated)
