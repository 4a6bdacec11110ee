"""The size of one element in bytes is `a.itemsize` in NumPy. PyTorch has `t.element_size()`
and also NumPy's `t.itemsize` attribute; the dtype itself also carries it
(`a.dtype.itemsize`, `t.dtype.itemsize`).
"""
# /// pair
# title = "Bytes per element: itemsize and Tensor.element_size()"
# expect = "equal"
# order = 11
# numpy_call = "a.itemsize"
# torch_call = "t.element_size()"
# ///
import numpy as np

a = np.zeros(5, dtype=np.float32)
b = np.zeros(5, dtype=np.int16)
print(a.itemsize, a.dtype.itemsize, b.itemsize)
result = (a.itemsize, a.dtype.itemsize, b.itemsize)
