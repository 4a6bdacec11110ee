"""`torch.searchsorted` takes the sorted sequence first, like NumPy, and `side="right"` is accepted as
well as `right=True`. The values to insert must be a tensor or a single number: a Python list raises
`TypeError`.
"""
# /// pair
# title = "Insertion points: searchsorted and side"
# expect = "equal"
# same_dtype = true
# order = 13
# numpy_call = "np.searchsorted(s, v, side=\"right\")"
# torch_call = "torch.searchsorted(s, v, side=\"right\")"
# ///
import numpy as np

s = np.array([1, 3, 3, 5])
v = np.array([0, 3, 4, 6])
result = {
    "left": np.searchsorted(s, v),
    "right": np.searchsorted(s, v, side="right"),
    "scalar": np.searchsorted(s, 3),
}
print(result)
