"""Cloning the source slice removes the overlap: `a[1:] = a[:-1].clone()` copies the values out
first, which is what NumPy does behind the scenes, and gives the same shifted array.
"""
# /// pair
# title = "Shifting in place: clone the overlapping source"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "a[1:] = a[:-1]"
# torch_call = "a[1:] = a[:-1].clone()"
# ///
import numpy as np

a = np.arange(5)
a[1:] = a[:-1]
result = a
print(result)
