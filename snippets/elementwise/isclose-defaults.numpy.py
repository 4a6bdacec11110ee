"""`np.isclose` and `torch.isclose` share their defaults (`rtol=1e-05`, `atol=1e-08`,
`equal_nan=False`) and their test, `|a - b| <= atol + rtol * |b|`, which scales by the second
argument only, so swapping the arguments can change the answer, in both alike (the last entry below:
0 against 1.000005e-8). The same goes for `allclose`. NaN is close to NaN only with
`equal_nan=True`.
"""
# /// pair
# title = "isclose and allclose: the same defaults"
# expect = "equal"
# same_dtype = true
# order = 29
# numpy_call = "np.isclose(a, b)"
# torch_call = "torch.isclose(a, b)"
# ///
import numpy as np

a = np.array([1.0, 1e-9, 0.0, 100.0, 1.0, np.nan, 0.0])
b = np.array([1.0 + 5e-6, 0.0, 1e-7, 100.002, 1.0 + 2e-5, np.nan, 1.000005e-8])
result = {
    "isclose": np.isclose(a, b),
    "equal_nan": np.isclose(a, b, equal_nan=True),
    "swapped": np.isclose(b, a),
    "allclose first two": np.allclose(a[:2], b[:2]),
}
print(result)
