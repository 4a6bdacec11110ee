"""NaN counts as both the largest and the smallest value: `argmax` and `argmin` both return the
position of the first NaN, and `max` returns NaN, in both libraries. Use `np.nanargmax` (NumPy) or
mask the NaNs (PyTorch has no `nanargmax`) to skip them.
"""
# /// pair
# title = "argmax and argmin with NaN: the first NaN wins"
# expect = "equal"
# same_dtype = true
# order = 23
# numpy_call = "np.argmax(x)"
# torch_call = "torch.argmax(x)"
# ///
import numpy as np

x = np.array([1.0, np.nan, 3.0, np.nan])
result = (np.argmax(x), np.argmin(x), np.max(x))
print(result)
