"""`np.trapezoid(y, x)` (called `np.trapz` before NumPy 2.0) is `torch.trapezoid(y, x)`.
`np.gradient(f, dx)` is `torch.gradient(f, spacing=dx)`, with central differences inside and
one-sided ones at the ends on both sides; `torch.gradient` always returns a tuple, one tensor per
dimension, where `np.gradient` of a 1-D array returns the array itself.
"""
# /// pair
# title = "Integrals and derivatives of samples: trapezoid, gradient"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# same_dtype = true
# order = 40
# numpy_call = "np.gradient(f, 0.5)"
# torch_call = "torch.gradient(f, spacing=0.5)[0]"
# ///
import numpy as np

x = np.array([0.0, 0.5, 1.0, 1.5, 2.0])
f = x**2
result = {"trapezoid": np.trapezoid(f, x), "gradient": np.gradient(f, 0.5)}
print(result)
