"""NumPy transforms a `float16` signal and returns a `complex64` spectrum. PyTorch's CPU FFT does
not support half precision and raises {{fft/fft-half-precision torch.error}} (its message is in the
traceback below). Convert to `float32` with `.float()` first; the result then matches NumPy's, as in
[the faithful translation](#fft-half-as-float32).
"""
# /// pair
# title = "FFT of a float16 signal on the CPU"
# expect = "differs"
# difference = "torch.fft raises for float16 input on the CPU"
# see = ["fft/fft-half-as-float32"]
# fix = "fft/fft-half-as-float32"
# order = 5
# numpy_call = "np.fft.fft(x)  # x is float16"
# torch_call = "torch.fft.fft(x)  # x is float16"
# ///
import numpy as np

x = np.array([1.0, 2.0, 0.0, -1.0, 3.0], dtype=np.float16)
result = np.fft.fft(x)
print(result.dtype)
