"""An independent copy is `a.copy()` or `np.copy(a)` in NumPy and `t.clone()` in PyTorch; writing
into the copy leaves the original alone in both. `torch.clone` also exists as a function. (On a
tensor that requires gradients, `clone` stays connected to the autograd graph; add `.detach()`
for a plain copy of the data.)
"""
# /// pair
# title = "Copying: copy and clone"
# expect = "equal"
# same_dtype = true
# order = 14
# numpy_call = "a.copy()"
# torch_call = "t.clone()"
# ///
import numpy as np

a = np.array([1, 2, 3])
b = a.copy()
b[0] = 100
c = np.copy(a)
print(a, b, c)
result = (a, b, c)
