"""The floating-point classification functions keep their names: `torch.isnan`, `torch.isinf`,
`torch.isfinite`, `torch.isposinf`, `torch.isneginf` and `torch.signbit`, each also a tensor
method (`x.isposinf()`; the PyTorch side calls the methods). `signbit` is `True` for -0.0 too,
which `x < 0` misses.
"""
# /// pair
# title = "Testing for NaN and infinity: isnan, isinf, isfinite, signbit"
# expect = "equal"
# same_dtype = true
# order = 19
# numpy_call = "np.isnan(x)"
# torch_call = "torch.isnan(x)"
# ///
import numpy as np

x = np.array([1.0, -0.0, np.inf, -np.inf, np.nan, -2.5])
result = {
    "isnan": np.isnan(x),
    "isinf": np.isinf(x),
    "isfinite": np.isfinite(x),
    "isposinf": np.isposinf(x),
    "isneginf": np.isneginf(x),
    "signbit": np.signbit(x),
}
print(result)
