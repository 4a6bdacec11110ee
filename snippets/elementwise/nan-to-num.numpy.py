"""`np.nan_to_num` replaces NaN with 0 and the infinities with the largest and smallest finite
values of the dtype; `torch.nan_to_num` has the same defaults and the same `nan=`, `posinf=` and
`neginf=` keywords.
"""
# /// pair
# title = "Replacing NaN and infinities: np.nan_to_num"
# expect = "equal"
# same_dtype = true
# order = 50
# numpy_call = "np.nan_to_num(x)"
# torch_call = "torch.nan_to_num(x)"
# ///
import numpy as np

x = np.array([1.0, np.nan, np.inf, -np.inf])
result = {
    "defaults": np.nan_to_num(x),
    "chosen": np.nan_to_num(x, nan=-1.0, posinf=1e6, neginf=-1e6),
}
print(result)
