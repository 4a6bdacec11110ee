"""`torch.quantile(x, 0.5)` interpolates linearly between the two middle values, which is NumPy's
median for any length. It needs a floating-point input; for odd lengths `torch.median` gives the
same value.
"""
# /// pair
# title = "Median as NumPy computes it: torch.quantile(x, 0.5)"
# expect = "equal"
# same_dtype = true
# order = 14
# numpy_call = "np.median(x)"
# torch_call = "torch.quantile(x, 0.5)"
# ///
import numpy as np

x = np.array([4.0, 1.0, 3.0, 2.0])
result = np.median(x)
print(result)
