"""`torch.tensor` copies a NumPy array and keeps its dtype: a float64 array gives a float64 tensor,
not the float32 that the same numbers would get as a Python list. A list of NumPy float64
scalars is also read as float64. The PyTorch side prints both cases.
"""
# /// pair
# title = "torch.tensor of a NumPy array keeps its dtype"
# expect = "equal"
# same_dtype = true
# order = 2
# numpy_call = "np.array(a)"
# torch_call = "torch.tensor(a)"
# ///
import numpy as np

a = np.array([0.1, 0.2, 0.3])
result = np.array(a)
print(result.dtype)
