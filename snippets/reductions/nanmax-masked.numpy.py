"""PyTorch has `torch.nansum`, `torch.nanmean`, `torch.nanmedian` and `torch.nanquantile`, but no
`nanmax`, `nanmin`, `nanargmax`, `nanargmin` or `nanprod`. Replace the NaNs with the neutral value
of the reduction first, with `torch.where`: -inf before a maximum, +inf before a minimum, 1 before
a product. One difference remains: for a slice that is all NaN, `np.nanmax` warns about the all-NaN
slice and returns NaN and `nanargmax` raises, where the replacement gives -inf or index 0.
(`torch.nan_to_num` is no substitute before a maximum or minimum: it also replaces infinities by
finite numbers.)
"""
# /// pair
# title = "NaN-ignoring extremes: mask NaN, then reduce"
# expect = "equal"
# same_dtype = true
# order = 22
# old_ids = ["reductions/nan-min-argmax"]
# numpy_call = "np.nanmax(m, axis=1)"
# torch_call = "torch.where(m.isnan(), -torch.inf, m).amax(dim=1)"
# ///
import numpy as np

m = np.array([[4.0, np.nan, 1.0], [np.nan, -2.0, 8.0]])
result = {
    "nanmax_axis1": np.nanmax(m, axis=1),
    "nanmin": np.nanmin(m),
    "nanargmax": np.nanargmax(m),
    "nanargmin_axis1": np.nanargmin(m, axis=1),
    "nanprod_axis0": np.nanprod(m, axis=0),
}
print(result)
