"""`np.fft.fft` and `np.fft.ifft` map to `torch.fft.fft` and `torch.fft.ifft`, with the same
unnormalised forward transform and `1/n` on the inverse. A `float64` input gives a `complex128`
spectrum in both, and the round trip returns the signal as complex numbers with (nearly) zero
imaginary parts; take `.real` to get real values back.
"""
# /// pair
# title = "FFT and inverse FFT of a float64 signal"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "np.fft.fft(x)"
# torch_call = "torch.fft.fft(x)"
# ///
import numpy as np

x = np.array([1.0, 2.0, 0.0, -1.0, 3.0])
spectrum = np.fft.fft(x)
back = np.fft.ifft(spectrum)
print(spectrum)
print(back.dtype)
result = (spectrum, back)
