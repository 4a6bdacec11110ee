"""A `float32` signal gives a `complex64` spectrum in both libraries: the installed NumPy keeps
single precision rather than promoting to `complex128`. The two spectra agree to about seven
significant digits, within the default `rtol = 1e-5`. Only integer input still diverges (see
[the integer pair](#fft-integer-input)).
"""
# /// pair
# title = "FFT of a float32 signal: complex64 in both"
# expect = "equal"
# same_dtype = true
# order = 2
# numpy_call = "np.fft.fft(x)  # x is float32"
# torch_call = "torch.fft.fft(x)  # x is float32"
# ///
import numpy as np

x = np.array([1.0, 2.0, 0.0, -1.0, 3.0], dtype=np.float32)
result = np.fft.fft(x)
print(result, result.dtype)
