"""Without `periodic=False`, `torch.hann_window(M)` returns the first `M` points of a window of
length `M + 1`: it does not end at zero and is not symmetric, so it differs from `np.hanning(M)`
everywhere but the first point. This is the right window for an STFT (`torch.stft`), but not a
drop-in replacement for NumPy's.
"""
# /// pair
# title = "torch.hann_window is periodic by default"
# expect = "differs"
# difference = "torch windows are periodic by default; pass periodic=False"
# see = ["building-matrices/window-functions"]
# fix = "building-matrices/window-functions"
# order = 25
# numpy_call = "np.hanning(5)"
# torch_call = "torch.hann_window(5)"
# ///
import numpy as np

result = np.hanning(5)
print(result)
