"""NumPy's windows are symmetric; PyTorch's are *periodic* by default (made for spectral
analysis), so pass `periodic=False` to get NumPy's values: `np.hanning(M)` is
`torch.hann_window(M, periodic=False)`, and likewise `hamming_window`, `blackman_window`,
`bartlett_window` and `kaiser_window(M, periodic=False, beta=beta)`. PyTorch builds float32
windows unless given `dtype=torch.float64`. [The periodic default](#window-periodic-default) shows what
happens without `periodic=False`.
"""
# /// pair
# title = "Window functions: hanning, hamming, blackman, bartlett, kaiser"
# expect = "equal"
# same_dtype = true
# order = 24
# numpy_call = "np.hanning(M)"
# torch_call = "torch.hann_window(M, periodic=False)"
# ///
import numpy as np

M = 7
result = {
    "hanning": np.hanning(M),
    "hamming": np.hamming(M),
    "blackman": np.blackman(M),
    "bartlett": np.bartlett(M),
    "kaiser": np.kaiser(M, 5.0),
}
print(result)
