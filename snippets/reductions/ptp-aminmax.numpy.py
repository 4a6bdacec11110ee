"""PyTorch has no `ptp` (`torch.ptp` and `Tensor.ptp` do not exist). Subtract the minimum from the
maximum: with `amax` and `amin`, or with `torch.aminmax`, which returns both as a `(min, max)` named
tuple from one call.
"""
# /// pair
# title = "Peak to peak: np.ptp and torch.aminmax"
# expect = "equal"
# same_dtype = true
# order = 29
# numpy_call = "np.ptp(m, axis=1)"
# torch_call = "m.amax(dim=1) - m.amin(dim=1)"
# ///
import numpy as np

m = np.array([[1, 5, 2, 7], [2, 1, 0, 3]])
spread = np.ptp(m, axis=1)
print(spread)
result = (spread, spread)
