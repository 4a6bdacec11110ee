"""Adding `.clone()` after `flatten` guarantees the independent copy that NumPy's `flatten`
returns.
"""
# /// pair
# title = "An independent flattened copy: flatten().clone()"
# expect = "equal"
# order = 13
# numpy_call = "a.flatten()"
# torch_call = "t.flatten().clone()"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
flat = a.flatten()
flat[0] = 100
print(flat)
print(a)
result = (flat, a)
