"""`t.detach().clone()` copies the data into new memory without a warning (`detach` leaves the
autograd graph out of it); a write to the copy leaves the original alone, as with `np.array(a)`.
"""
# /// pair
# title = "Copying a tensor: t.detach().clone()"
# expect = "equal"
# same_dtype = true
# order = 14
# numpy_call = "np.array(a)"
# torch_call = "t.detach().clone()"
# ///
import numpy as np

a = np.array([1.0, 2.0, 3.0])
copy = np.array(a)
copy[0] = 100.0
result = {"original": a, "copy": copy}
print(result)
