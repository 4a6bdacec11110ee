"""Element 0 of the tuple is NumPy's result: central differences inside, one-sided ones at the two
ends, divided by the spacing. With uneven sample positions, pass them as a one-element tuple of
coordinate tensors, `spacing=(x,)`, where NumPy takes the array `x`.
"""
# /// pair
# title = "Gradient of a 1-D signal: torch.gradient(...)[0]"
# expect = "equal"
# same_dtype = true
# order = 31
# numpy_call = "np.gradient(y, 0.5)"
# torch_call = "torch.gradient(y, spacing=0.5)[0]"
# ///
import numpy as np

y = np.array([1.0, 2.0, 4.0, 7.0, 11.0])
x = np.array([0.0, 1.0, 3.0, 4.0, 6.0])
result = (np.gradient(y, 0.5), np.gradient(y, x))
print(result)
