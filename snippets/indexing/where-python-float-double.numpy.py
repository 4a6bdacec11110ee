"""Converting the integer tensor to float64 before `torch.where` gives NumPy's dtype: a Python
float then takes the tensor's floating dtype.
"""
# /// pair
# title = "where with a float64 tensor and a Python float"
# expect = "equal"
# same_dtype = true
# order = 24
# numpy_call = "np.where(a != 2, a, 0.5)"
# torch_call = "torch.where(t != 2, t.double(), 0.5)"
# ///
import numpy as np

a = np.array([1, 2, 3])
result = np.where(a != 2, a, 0.5)
print(result, result.dtype)
