"""The `norm=` argument takes the same three values in both libraries: `"backward"` (the default:
no scaling forward, `1/n` on the inverse), `"ortho"` (`1/sqrt(n)` both ways) and `"forward"`
(`1/n` forward, none on the inverse). The inverse must use the same mode as the forward
transform to give back the signal.
"""
# /// pair
# title = "FFT normalisation: norm='backward', 'ortho', 'forward'"
# expect = "equal"
# same_dtype = true
# order = 10
# numpy_call = "np.fft.fft(x, norm='ortho')"
# torch_call = "torch.fft.fft(x, norm='ortho')"
# ///
import numpy as np

x = np.array([1.0, 2.0, 0.0, -1.0, 3.0])
result = {mode: np.fft.fft(x, norm=mode) for mode in ("backward", "ortho", "forward")}
result["ortho_round_trip"] = np.fft.ifft(result["ortho"], norm="ortho")
print(result["backward"][0], result["ortho"][0], result["forward"][0])
