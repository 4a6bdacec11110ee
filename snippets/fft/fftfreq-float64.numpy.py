"""With `dtype=torch.float64`, `torch.fft.fftfreq(n, d)` and `torch.fft.rfftfreq(n, d)` give NumPy's
values in NumPy's dtype. Both list frequencies in FFT order: zero, the positive ones, then the negative ones (for
even `n` the Nyquist frequency appears as negative); `rfftfreq` lists only the `n // 2 + 1`
non-negative ones, with Nyquist positive.
"""
# /// pair
# title = "Sample frequencies in float64: fftfreq and rfftfreq"
# expect = "equal"
# same_dtype = true
# order = 12
# numpy_call = "np.fft.rfftfreq(6, d=0.1)"
# torch_call = "torch.fft.rfftfreq(6, d=0.1, dtype=torch.float64)"
# ///
import numpy as np

result = {"fftfreq": np.fft.fftfreq(6, d=0.1), "rfftfreq": np.fft.rfftfreq(6, d=0.1)}
print(result)
