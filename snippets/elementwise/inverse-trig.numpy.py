"""NumPy 2 has two names for each inverse function: the classic `np.arcsin`, `np.arccos`,
`np.arctan`, `np.arcsinh`, `np.arccosh`, `np.arctanh`, and the array-API aliases `np.asin`,
`np.acos`, `np.atan`, `np.asinh`, `np.acosh`, `np.atanh`. PyTorch has both spellings too
(`torch.arcsin` is `torch.asin`). Outside the domain (`arccos(2)`, `arctanh(1)`) both give NaN or
infinity without raising; NumPy also prints a `RuntimeWarning`.
"""
# /// pair
# title = "Inverse trigonometric and hyperbolic functions, both spellings"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# same_dtype = true
# order = 37
# numpy_call = "np.arccos(x)"
# torch_call = "torch.arccos(x)"
# ///
import numpy as np

x = np.array([-0.5, 0.0, 0.25, 0.9])
y = np.array([1.0, 1.5, 3.0, 10.0])
result = {
    "arccos": np.arccos(x),
    "acos": np.acos(x),
    "asin": np.asin(x),
    "arctan": np.arctan(y),
    "atan": np.atan(y),
    "arcsinh": np.arcsinh(y),
    "asinh": np.asinh(x),
    "arccosh": np.arccosh(y),
    "acosh": np.acosh(y),
    "arctanh": np.arctanh(x),
    "atanh": np.atanh(x),
}
print(result)
