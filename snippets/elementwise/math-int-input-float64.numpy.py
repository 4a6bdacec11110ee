"""Converting the integers to float64 first gives NumPy's dtype and precision.
"""
# /// pair
# title = "sqrt and exp of integers in float64"
# expect = "equal"
# same_dtype = true
# order = 12
# numpy_call = "np.exp(a)"
# torch_call = "torch.exp(a.to(torch.float64))"
# ///
import numpy as np

a = np.array([2, 9, 20])
result = {"sqrt": np.sqrt(a), "exp": np.exp(a)}
print(result)
