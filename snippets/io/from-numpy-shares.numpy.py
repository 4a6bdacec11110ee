"""`torch.from_numpy` wraps the array's memory instead of copying it, like `np.asarray` on an
array that already has the right dtype. A write through either object shows in the other: here
the array is changed at index 0 and the tensor at index 1, and both end up holding both edits.
"""
# /// pair
# title = "torch.from_numpy shares memory with the array"
# expect = "equal"
# same_dtype = true
# order = 6
# numpy_call = "np.asarray(a)"
# torch_call = "torch.from_numpy(a)"
# ///
import numpy as np

a = np.array([1.0, 2.0, 3.0])
b = np.asarray(a)
a[0] = 100.0
b[1] = -1.0
result = (a, b)
print(a)
print(b)
