"""A basic slice (integers, `start:stop:step` with a positive step) is a view in both libraries:
no data is copied, and assigning into the slice changes the original array.
"""
# /// pair
# title = "Slicing gives a view: writes reach the original"
# expect = "equal"
# order = 1
# numpy_call = "b = a[1:3]; b[:] = 0"
# torch_call = "b = a[1:3]; b[:] = 0"
# ///
import numpy as np

a = np.arange(6)
b = a[1:3]
b[:] = 0
result = a
print(result)
