"""`approximate="tanh"` makes `F.gelu` compute the same tanh formula as the NumPy code, and the values
agree.
"""
# /// pair
# title = "GELU with the tanh formula: F.gelu(x, approximate='tanh')"
# expect = "equal"
# same_dtype = true
# order = 10
# numpy_call = "0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))"
# torch_call = "F.gelu(x, approximate='tanh')"
# ///
import numpy as np

x = np.linspace(-3, 3, 7)
result = 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))
print(result)
