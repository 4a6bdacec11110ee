"""Convert the narrower input to the wider dtype, which is what NumPy's promotion does, and both give
the same answers. Converting the float64 side down to float32 instead would compare at float32
precision.
"""
# /// pair
# title = "isclose across dtypes: convert to the wider dtype"
# expect = "equal"
# same_dtype = true
# order = 31
# numpy_call = "np.isclose(a, b)"
# torch_call = "torch.isclose(a.to(b.dtype), b)"
# ///
import numpy as np

a = np.array([0.1, 0.2, 0.3], dtype=np.float32)
b = np.array([0.1, 0.2, 0.3])
result = np.isclose(a, b)
print(result)
