"""`np.interp(x, xp, fp)` interpolates linearly between sample points and clamps outside them to
`fp[0]` and `fp[-1]`. PyTorch has no `interp` (`torch.lerp` interpolates between two tensors, not
along a table). Locate each `x` with `torch.searchsorted`, then interpolate in the interval found;
clamping `x` to the range of `xp` first reproduces NumPy's behaviour at both ends.
"""
# /// pair
# title = "Linear interpolation: np.interp"
# expect = "equal"
# same_dtype = true
# order = 54
# numpy_call = "np.interp(x, xp, fp)"
# torch_call = "interp(x, xp, fp)  # searchsorted, then a line between neighbours"
# ///
import numpy as np

xp = np.array([0.0, 1.0, 3.0, 4.0])
fp = np.array([0.0, 10.0, 20.0, 0.0])
x = np.array([-1.0, 0.5, 1.0, 2.5, 3.9, 9.0])
result = np.interp(x, xp, fp)
print(result)
