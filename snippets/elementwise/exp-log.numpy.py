"""The exponential and logarithm family has the same names in both: `exp`, `log`, `log2`, `log10`,
`log1p` and `expm1`. `log1p` and `expm1` keep full precision for tiny arguments in both, where
`log(1 + x)` would lose it.
"""
# /// pair
# title = "Exponentials and logarithms"
# expect = "equal"
# same_dtype = true
# rtol = 1e-12
# atol = 0
# order = 10
# numpy_call = "np.log1p(x)"
# torch_call = "torch.log1p(x)"
# ///
import numpy as np

x = np.array([1e-12, 0.5, 8.0])
result = {
    "exp": np.exp(x),
    "log": np.log(x),
    "log2": np.log2(x),
    "log10": np.log10(x),
    "log1p": np.log1p(x),
    "expm1": np.expm1(x),
}
print(result)
