"""`Tensor.fill_(value)` sets every element in place, like `ndarray.fill`, and keeps the tensor's
dtype (a float fill of an integer tensor is truncated in both).
"""
# /// pair
# title = "Filling in place: a.fill(v) and t.fill_(v)"
# expect = "equal"
# same_dtype = true
# order = 20
# numpy_call = "a.fill(0)"
# torch_call = "t.fill_(0)"
# ///
import numpy as np

a = np.array([1.0, 2.0, 3.0])
a.fill(7)
n = np.array([1, 2, 3])
n.fill(2.9)
result = (a, n)
print(result)
