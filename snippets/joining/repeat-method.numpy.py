"""The same method name, opposite meanings: `ndarray.repeat(2)` repeats each element in place
(`0 0 1 1 2 2`), while `Tensor.repeat(2)` tiles the whole tensor (`0 1 2 0 1 2`). No error
warns about it; the lengths even agree. NumPy's element-wise repeat is
[`repeat_interleave`](#repeat-interleave).
"""
# /// pair
# title = "x.repeat(2): repeated elements or a tiled tensor"
# expect = "differs"
# difference = "Tensor.repeat tiles the tensor; it does not repeat each element"
# order = 17
# see = ["joining/repeat-interleave"]
# fix = "joining/repeat-interleave"
# numpy_call = "a.repeat(2)"
# torch_call = "t.repeat(2)"
# ///
import numpy as np

a = np.array([0, 1, 2])
result = a.repeat(2)
print(result)
