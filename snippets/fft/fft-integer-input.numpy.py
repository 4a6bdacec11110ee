"""NumPy transforms an integer signal in double precision and returns `complex128`. PyTorch first
converts integers to the default float dtype, `float32`, so the spectrum is `complex64`, with
about 7 significant digits. Convert the input with `.double()` first, as in
[the faithful translation](#fft-integer-input-double).
"""
# /// pair
# title = "FFT of an integer signal: complex128 vs complex64"
# expect = "differs"
# difference = "torch.fft turns integer input into complex64, NumPy into complex128"
# see = ["fft/fft-integer-input-double"]
# fix = "fft/fft-integer-input-double"
# same_dtype = true
# order = 3
# numpy_call = "np.fft.fft(n)"
# torch_call = "torch.fft.fft(n)"
# ///
import numpy as np

n = np.array([1, 2, 0, -1, 3])
result = np.fft.fft(n)
print(n.dtype, result.dtype)
