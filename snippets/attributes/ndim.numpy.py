"""The number of dimensions is `a.ndim` in NumPy. A tensor has the same `ndim` attribute, and
also the method `t.dim()`, common in PyTorch code; both give the same integer.
"""
# /// pair
# title = "Number of dimensions: ndim and Tensor.dim()"
# expect = "equal"
# order = 3
# numpy_call = "a.ndim"
# torch_call = "t.dim()"
# ///
import numpy as np

a = np.zeros((2, 3, 4))
scalar = np.array(7.0)
print(a.ndim, scalar.ndim)
result = (a.ndim, scalar.ndim)
