"""Reducing only when the tuple of dimensions is not empty reproduces NumPy for every input rank: the
1-D batch keeps its values and the 2-D one is summed per row.
"""
# /// pair
# title = "Reducing over a possibly empty tuple of dimensions"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "x.sum(axis=tuple(range(1, x.ndim)))"
# torch_call = "dims = tuple(range(1, x.ndim)); x.sum(dim=dims) if dims else x"
# ///
import numpy as np


result = []
for x in (np.array([1.0, 4.0, 9.0]), np.array([[1.0, 2.0], [3.0, 4.0]])):
    dims = tuple(range(1, x.ndim))
    result.append(x.sum(axis=dims))
print(result)
