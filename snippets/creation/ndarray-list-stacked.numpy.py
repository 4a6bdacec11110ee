"""`np.stack` builds one contiguous array from the list, and `torch.from_numpy` wraps it without a
copy and without a warning; the float64 dtype is kept.
"""
# /// pair
# title = "A list of NumPy arrays: np.stack, then torch.from_numpy"
# expect = "equal"
# same_dtype = true
# order = 2
# numpy_call = "np.array([a, b])"
# torch_call = "torch.from_numpy(np.stack([a, b]))"
# ///
import warnings

import numpy as np

rows = [np.array([1.5, 2.0]), np.array([3.0, 4.5])]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    values = np.array(rows)
result = {"values": values, "warnings": [w.category.__name__ for w in caught]}
print(result)
