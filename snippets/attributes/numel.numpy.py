"""The number of elements, NumPy's `a.size`, is `t.numel()` in PyTorch: a plain Python `int`,
the product of the shape's entries.
"""
# /// pair
# title = "Number of elements: size and Tensor.numel()"
# expect = "equal"
# same_dtype = true
# order = 6
# numpy_call = "a.size"
# torch_call = "t.numel()"
# ///
import numpy as np

a = np.zeros((2, 3))
n = a.size
print(n, type(n).__name__)
result = n
