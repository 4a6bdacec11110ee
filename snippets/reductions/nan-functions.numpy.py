"""`torch.nansum`, `torch.nanmean` and `torch.nanmedian` skip NaN like their NumPy namesakes. Here
three numbers remain, so the median is unambiguous; with an even count of non-NaN values
`torch.nanmedian` returns the lower middle value, like [`torch.median`](#median-even).
"""
# /// pair
# title = "Ignoring NaN: nansum, nanmean, nanmedian"
# expect = "equal"
# same_dtype = true
# order = 20
# numpy_call = "np.nanmean(x)"
# torch_call = "torch.nanmean(x)"
# ///
import numpy as np

x = np.array([1.0, np.nan, 3.0, 8.0, np.nan])
result = {
    "nansum": np.nansum(x),
    "nanmean": np.nanmean(x),
    "nanmedian": np.nanmedian(x),
}
print(result)
