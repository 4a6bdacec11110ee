"""`Tensor.view` reshapes without copying, like NumPy's `reshape` of a contiguous array: the new
array shares memory with the old one, so a write through either shows in both.
"""
# /// pair
# title = "Reshaping a contiguous array: Tensor.view"
# expect = "equal"
# order = 4
# numpy_call = "a.reshape(3, 2)"
# torch_call = "t.view(3, 2)"
# ///
import numpy as np

a = np.arange(6)
b = a.reshape(3, 2)
b[0, 0] = 100
print(b)
print(a)
result = (b, a)
