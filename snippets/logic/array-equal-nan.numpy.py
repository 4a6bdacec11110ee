"""`np.array_equal(a, b, equal_nan=True)` treats NaNs in the same places as equal. `torch.equal`
has no such option, and since NaN never equals NaN it returns `False` for any array with a NaN.
Use `torch.allclose` with zero tolerances and `equal_nan=True`, as in
[the faithful translation](#array-equal-nan-allclose).
"""
# /// pair
# title = "Whole-array equality with NaNs: equal_nan"
# expect = "differs"
# difference = "torch.equal has no equal_nan and returns False when NaNs are present"
# see = ["logic/array-equal-nan-allclose"]
# fix = "logic/array-equal-nan-allclose"
# order = 13
# numpy_call = "np.array_equal(a, b, equal_nan=True)"
# torch_call = "torch.equal(a, b)"
# ///
import numpy as np

a = np.array([1.0, np.nan, 3.0])
b = np.array([1.0, np.nan, 3.0])
result = np.array_equal(a, b, equal_nan=True)
print(result)
