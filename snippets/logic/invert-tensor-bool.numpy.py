"""A zero-dimensional boolean tensor behaves like NumPy's boolean scalar: `~` negates it
logically. If a Python value is needed, negate with `not` (or call `torch.logical_not` before
`.item()`), never with `~`.
"""
# /// pair
# title = "~ on a scalar truth value kept as a tensor"
# expect = "equal"
# same_dtype = true
# order = 11
# numpy_call = "~np.all(x > 0)"
# torch_call = "~(x > 0).all()"
# ///
import numpy as np

x = np.array([1.0, 2.0, 3.0])
flag = np.all(x > 0)
result = ~flag
print(result, not flag)
