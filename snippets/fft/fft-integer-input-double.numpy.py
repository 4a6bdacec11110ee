"""Converting the integer tensor to `float64` with `.double()` before the transform gives a
`complex128` spectrum, matching NumPy's dtype and values.
"""
# /// pair
# title = "FFT of an integer signal, converted to float64 first"
# expect = "equal"
# same_dtype = true
# order = 4
# numpy_call = "np.fft.fft(n)"
# torch_call = "torch.fft.fft(n.double())"
# ///
import numpy as np

n = np.array([1, 2, 0, -1, 3])
result = np.fft.fft(n)
print(result.dtype)
