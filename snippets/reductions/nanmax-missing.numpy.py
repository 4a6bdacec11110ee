"""Not every NaN-skipping function exists in PyTorch: there is no `torch.nanmax` (nor `nanmin`,
`nanstd`, `nanvar`), and the call raises {{reductions/nanmax-missing torch.error}}. [The faithful
translation](#nanmax-masked) masks the NaNs instead.
"""
# /// pair
# title = "nanmax: no torch.nanmax"
# expect = "differs"
# difference = "torch has no nanmax"
# order = 21
# see = ["reductions/nanmax-masked"]
# fix = "reductions/nanmax-masked"
# numpy_call = "np.nanmax(x)"
# torch_call = "torch.nanmax(x)  # AttributeError"
# ///
import numpy as np

x = np.array([1.0, np.nan, 3.0])
result = np.nanmax(x)
print(result)
