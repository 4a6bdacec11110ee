"""PyTorch spells in-place operations as methods with a trailing underscore: `a.add_(b)`,
`a.mul_(2)`, `a.clamp_(0, 4)`. The NumPy equivalents pass the array itself as `out=` to the ufunc
(or use `+=`, `*=`). Both modify the array in place and return it.
"""
# /// pair
# title = "In-place methods: a.add_(b) and np.add(a, b, out=a)"
# expect = "equal"
# same_dtype = true
# order = 20
# numpy_call = "np.add(a, b, out=a)"
# torch_call = "a.add_(b)"
# ///
import numpy as np

a = np.array([1.0, -2.0, 3.0, 7.0])
b = np.array([0.5, 0.5, 0.5, 0.5])
np.add(a, b, out=a)
np.multiply(a, 2, out=a)
returned = np.clip(a, 0, 4, out=a)
print(returned is a)
result = a
print(result)
