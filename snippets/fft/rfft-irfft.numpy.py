"""`rfft` of a real signal of length `n` keeps the `n // 2 + 1` non-negative frequencies, and
`irfft` inverts it to a real signal. Without `n`, `irfft` assumes an even length `2 * (m - 1)`,
so a length-5 signal comes back with 4 samples in both libraries and different values. Pass
`n=len(x)` to recover an odd-length signal.
"""
# /// pair
# title = "Real FFT round trip: rfft and irfft need n for odd lengths"
# expect = "equal"
# same_dtype = true
# order = 7
# numpy_call = "np.fft.irfft(np.fft.rfft(x), n=len(x))"
# torch_call = "torch.fft.irfft(torch.fft.rfft(x), n=len(x))"
# ///
import numpy as np

x = np.array([1.0, 2.0, 0.0, -1.0, 3.0])
half = np.fft.rfft(x)
print(half.shape)
result = {"rfft": half, "irfft_no_n": np.fft.irfft(half), "irfft_n": np.fft.irfft(half, n=len(x))}
print(result["irfft_no_n"], result["irfft_n"])
