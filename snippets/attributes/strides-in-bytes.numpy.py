"""Multiplying each element stride by the element size gives NumPy's byte strides back. The
transposed view shows that strides describe the view, not the memory: both libraries swap them
without copying.
"""
# /// pair
# title = "Byte strides from Tensor.stride() and element_size()"
# expect = "equal"
# order = 10
# numpy_call = "a.strides"
# torch_call = "tuple(s * t.element_size() for s in t.stride())"
# ///
import numpy as np

a = np.zeros((2, 3), dtype=np.float64)
print(a.strides, a.T.strides)
result = (a.strides, a.T.strides)
