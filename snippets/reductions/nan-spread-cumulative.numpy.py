"""`torch.nanquantile(x, q)` is `np.nanquantile`, and `np.nanpercentile(x, p)` is the same with
`q = p / 100`. For `nanvar` and `nanstd` PyTorch has no function: compute the squared deviations
from `torch.nanmean` and take their `nanmean` again (that divides by the count of non-NaN values,
NumPy's default `ddof=0`). `np.nancumsum` and `np.nancumprod` treat NaN as 0 and 1:
`torch.nan_to_num(x, nan=0.0).cumsum(0)` and `torch.nan_to_num(x, nan=1.0).cumprod(0)`.
"""
# /// pair
# title = "NaN-ignoring spread and running totals: nanstd, nanvar, nancumsum"
# expect = "equal"
# same_dtype = true
# order = 37
# numpy_call = "np.nanstd(x)"
# torch_call = "torch.nanmean((x - torch.nanmean(x)) ** 2).sqrt()"
# ///
import numpy as np

x = np.array([2.0, np.nan, 4.0, 4.0, np.nan, 5.0, 7.0, 9.0])
result = {
    "nanvar": np.nanvar(x),
    "nanstd": np.nanstd(x),
    "nanquantile": np.nanquantile(x, [0.25, 0.5]),
    "nanpercentile": np.nanpercentile(x, 90),
    "nancumsum": np.nancumsum(x),
    "nancumprod": np.nancumprod(x[:4]),
}
print(result)
