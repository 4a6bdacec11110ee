"""Replace NaN by `-inf` with `torch.where`, then take the maximum. One difference remains: for a slice
that is all NaN, this gives `-inf`, where `np.nanmax` warns `All-NaN slice encountered` and returns
NaN. (`torch.nan_to_num` is not a substitute: it also replaces infinities by finite numbers.)
"""
# /// pair
# title = "nanmax: mask NaN with -inf, then amax"
# expect = "equal"
# same_dtype = true
# order = 22
# numpy_call = "np.nanmax(m, axis=1)"
# torch_call = "torch.where(m.isnan(), -torch.inf, m).amax(dim=1)"
# ///
import numpy as np

m = np.array([[1.0, np.nan, 3.0], [np.nan, -2.0, -5.0]])
result = np.nanmax(m, axis=1)
print(result)
