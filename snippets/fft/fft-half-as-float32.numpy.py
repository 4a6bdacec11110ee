"""NumPy transforms a float16 signal into a complex64 spectrum. Converting the float16 tensor to
float32 with `.float()` before `torch.fft.fft` gives the same complex64 spectrum, within the
default tolerance.
"""
# /// pair
# title = "FFT of a float16 signal: convert with .float() first"
# expect = "equal"
# same_dtype = true
# order = 5
# numpy_call = "np.fft.fft(x)"
# torch_call = "torch.fft.fft(x.float())"
# ///
import numpy as np

x = np.array([1.0, 2.0, 0.0, -1.0, 3.0], dtype=np.float16)
result = np.fft.fft(x)
print(result, result.dtype)
