"""`np.fft.hfft` transforms a Hermitian-symmetric signal given by its first half into a real
spectrum, and `np.fft.ihfft` goes back; `torch.fft.hfft` and `torch.fft.ihfft` are the same, with
the same `n=` (pass the full length to `hfft` when it is odd).
"""
# /// pair
# title = "Hermitian transforms: hfft and ihfft"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "np.fft.hfft(half, n=len(x))"
# torch_call = "torch.fft.hfft(half, n=len(x))"
# ///
import numpy as np

x = np.array([1.0, 2.0, -1.0, 0.5, 3.0])
half = np.fft.ihfft(x)
result = {"ihfft": half, "hfft": np.fft.hfft(half, n=len(x))}
print(result)
