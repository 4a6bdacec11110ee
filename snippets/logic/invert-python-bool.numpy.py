"""`np.all` returns a NumPy boolean scalar, and `~` on it is logical not. Ported code often calls
`.item()` to turn a one-element tensor into a Python value; that gives a plain Python `bool`, and
`~` on a Python `bool` is integer bitwise not: `~True` is `-2`, which is truthy, so a test such as
`if ~flag:` takes the wrong branch. Keep the value a tensor, or use `not`, as in
[the faithful translation](#invert-tensor-bool).
"""
# /// pair
# title = "~ on a scalar truth value: NumPy bool vs Python bool"
# expect = "differs"
# difference = "~ on the Python bool from .item() gives -2, not False"
# see = ["logic/invert-tensor-bool"]
# order = 10
# numpy_call = "~np.all(x > 0)"
# torch_call = "~(x > 0).all().item()"
# ///
import numpy as np

x = np.array([1.0, 2.0, 3.0])
flag = np.all(x > 0)
print(type(flag).__name__, flag)
result = ~flag
print(result)
