"""`.item()` turns a one-element array or tensor into a plain Python `bool`, and `~` on a Python
`bool` is integer bitwise not: `~True` is `-2`, which is truthy, so a test such as `if ~flag:`
takes the wrong branch. This happens the same way in both libraries; it is not a porting
difference, but a port that adds `.item()` to a line using `~` introduces it. Keep the value a
NumPy boolean or a tensor, where `~` is logical not ([~ on a truth value kept as a
tensor](#invert-tensor-bool)), or negate the Python value with `not`.
"""
# /// pair
# title = "~ on a Python bool is -2, in both libraries"
# expect = "equal"
# see = ["logic/invert-tensor-bool"]
# same_dtype = true
# order = 10
# numpy_call = "~np.all(x > 0).item()"
# torch_call = "~(x > 0).all().item()"
# ///
import numpy as np

x = np.array([1.0, 2.0, 3.0])
flag = np.all(x > 0).item()
print(type(flag).__name__, flag)
result = ~flag
print(result, not flag)
