"""`np.maximum` and `torch.maximum` (and the `minimum`s) propagate NaN: if either input is NaN, the
result is NaN. `fmax` and `fmin` ignore a NaN when the other value is a number, in both libraries.
"""
# /// pair
# title = "Elementwise maximum with NaN: maximum and fmax"
# expect = "equal"
# same_dtype = true
# order = 26
# numpy_call = "np.fmax(a, b)"
# torch_call = "torch.fmax(a, b)"
# ///
import numpy as np

a = np.array([1.0, np.nan, 3.0, np.nan])
b = np.array([np.nan, 2.0, 1.0, np.nan])
result = {
    "maximum": np.maximum(a, b),
    "minimum": np.minimum(a, b),
    "fmax": np.fmax(a, b),
    "fmin": np.fmin(a, b),
}
print(result)
