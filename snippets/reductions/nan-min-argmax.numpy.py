"""PyTorch has `torch.nansum`, `torch.nanmean`, `torch.nanmedian` and `torch.nanquantile`, but no
`nanmin`, `nanmax`, `nanargmin`, `nanargmax` or `nanprod`. Replace the NaNs with the neutral value
of the reduction first: +inf before a minimum, -inf before a maximum, 1 before a product
(`torch.nan_to_num(x, nan=1.0)` or `torch.where`). NumPy warns and returns NaN for an all-NaN
slice, and `nanargmax` raises; the replacement trick silently returns inf or index 0 instead.
"""
# /// pair
# title = "NaN-ignoring extremes: nanmin, nanargmax, nanargmin, nanprod"
# expect = "equal"
# same_dtype = true
# order = 36
# numpy_call = "np.nanmin(x, axis=1)"
# torch_call = "torch.where(x.isnan(), torch.inf, x).amin(dim=1)"
# ///
import numpy as np

x = np.array([[4.0, np.nan, 1.0], [np.nan, 2.0, 8.0]])
result = {
    "nanmin": np.nanmin(x),
    "nanmin_axis1": np.nanmin(x, axis=1),
    "nanargmax": np.nanargmax(x),
    "nanargmin_axis1": np.nanargmin(x, axis=1),
    "nanprod": np.nanprod(x, axis=0),
}
print(result)
