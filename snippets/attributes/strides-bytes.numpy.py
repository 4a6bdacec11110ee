"""NumPy's `strides` count bytes; PyTorch's `t.stride()` counts elements. For a C-ordered 2×3
float64 array NumPy reports `(24, 8)` and PyTorch `(3, 1)`. Code that uses strides to compute
offsets must divide NumPy's by `a.itemsize` or [multiply PyTorch's by
`t.element_size()`](#strides-in-bytes).
"""
# /// pair
# title = "Strides: bytes in NumPy, elements in PyTorch"
# expect = "differs"
# difference = "Tensor.stride() counts elements, not bytes"
# order = 9
# see = ["attributes/strides-in-bytes"]
# fix = "attributes/strides-in-bytes"
# numpy_call = "a.strides"
# torch_call = "t.stride()"
# ///
import numpy as np

a = np.zeros((2, 3), dtype=np.float64)
print(a.strides)
result = a.strides
