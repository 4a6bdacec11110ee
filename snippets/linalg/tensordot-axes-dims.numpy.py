"""`np.tensordot(a, b, axes=...)` becomes `torch.tensordot(a, b, dims=...)`: the argument takes the
same forms (an integer, or a pair of axis lists) but has another name, and passing `axes=` to
PyTorch raises `TypeError`. With the default of 2 both contract the last two axes of `a` with the
first two of `b`.
"""
# /// pair
# title = "tensordot: axes becomes dims"
# expect = "equal"
# same_dtype = true
# order = 6
# numpy_call = "np.tensordot(a, b, axes=([1], [0]))"
# torch_call = "torch.tensordot(a, b, dims=([1], [0]))"
# ///
import numpy as np

a = np.arange(24.0).reshape(2, 3, 4)
b = np.arange(12.0).reshape(3, 4)
pairs = np.tensordot(a, b, axes=([1], [0]))
last_two = np.tensordot(a, b)
print(pairs.shape, last_two)
result = (pairs, last_two)
