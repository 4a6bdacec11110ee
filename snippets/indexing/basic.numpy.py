"""Integers, negative integers and slices index a tensor exactly as they index an array: an
integer drops its dimension, a slice keeps it, and omitted trailing indices take whole rows.
"""
# /// pair
# title = "Basic indexing: integers and slices"
# expect = "equal"
# order = 1
# numpy_call = "a[1, -1], a[:, 1:3]"
# torch_call = "t[1, -1], t[:, 1:3]"
# ///
import numpy as np

a = np.arange(12).reshape(3, 4)
print(a[1, -1], a[-1])
print(a[:, 1:3])
print(a[::2, ::3])
result = (a[1, -1], a[-1], a[:, 1:3], a[::2, ::3])
