"""Adding `.clone()` after `flatten()` guarantees a copy whatever the input's layout, which is
what NumPy's `flatten` promises. (NumPy's `ravel` is the function with PyTorch-like behaviour: a
view when possible.)
"""
# /// pair
# title = "flatten as a guaranteed copy: .flatten().clone()"
# expect = "equal"
# order = 11
# numpy_call = "a.flatten()"
# torch_call = "a.flatten().clone()"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
flat = a.flatten()
flat[0] = 100
result = (a, flat)
print(a)
print(flat)
