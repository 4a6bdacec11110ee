"""PyTorch's `reshape` has no `order` argument: it always works in row-major (C) order. A
column-major (`order="F"`) reshape of a matrix can be written with transposes: transpose, reshape
to the reversed target shape, transpose back.
"""
# /// pair
# title = "Column-major reshape: order='F'"
# expect = "equal"
# order = 7
# numpy_call = "a.reshape(3, 2, order='F')"
# torch_call = "t.T.reshape(2, 3).T"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
result = a.reshape(3, 2, order="F")
print(result)
