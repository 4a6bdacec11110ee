"""`np.square` is `torch.square`. PyTorch has no cube root: `x ** (1/3)` is NaN for negative `x`,
so take the root of the absolute value and put the sign back, `torch.sign(x) * x.abs() ** (1/3)`.
It matches `np.cbrt` to within rounding error, since `1/3` is itself rounded.
"""
# /// pair
# title = "Squares and cube roots: np.square, np.cbrt"
# expect = "equal"
# same_dtype = true
# order = 41
# numpy_call = "np.cbrt(x)"
# torch_call = "torch.sign(x) * x.abs() ** (1 / 3)"
# ///
import numpy as np

x = np.array([-27.0, -2.0, 0.0, 8.0, 10.0])
result = {"square": np.square(x), "cbrt": np.cbrt(x)}
print(result)
