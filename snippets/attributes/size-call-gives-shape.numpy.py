"""In NumPy `a.size` is the number of elements. The look-alike `t.size()` in PyTorch is not:
it returns the shape, a `torch.Size` of per-dimension lengths. Code that ports `a.size` to
`t.size()` gets a tuple where it expects a count. The element count is
[`t.numel()`](#numel).
"""
# /// pair
# title = "a.size is a count, t.size() is the shape"
# expect = "differs"
# difference = "Tensor.size() returns the shape, not the number of elements"
# order = 5
# see = ["attributes/numel"]
# fix = "attributes/numel"
# numpy_call = "a.size"
# torch_call = "t.size()"
# ///
import numpy as np

a = np.zeros((2, 3))
n = a.size
print(n, type(n).__name__)
result = n
