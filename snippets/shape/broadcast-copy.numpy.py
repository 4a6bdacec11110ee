"""Copying the broadcast result (`.copy()` in NumPy, `.clone()` in PyTorch) gives an ordinary
array with its own memory for every element; a write then changes exactly one element.
"""
# /// pair
# title = "Writing into a copy of a broadcast view"
# expect = "equal"
# order = 23
# numpy_call = "np.broadcast_to(a, (2, 3)).copy()"
# torch_call = "t.expand(2, 3).clone()"
# ///
import numpy as np

a = np.array([1, 2, 3])
wide = np.broadcast_to(a, (2, 3)).copy()
wide[0, 0] = 9
result = (wide, a)
print(wide)
print(a)
