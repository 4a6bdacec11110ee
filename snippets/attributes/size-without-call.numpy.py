"""A port that keeps `x.size` without parentheses does not fail in PyTorch: there `t.size` is
the bound method itself, and comparing a method with `0` is simply `False`. An emptiness test
written as `x.size == 0` therefore never fires on a tensor, even when the tensor is empty, as
here (shape `(0, 3)`). Write [`t.numel() == 0`](#numel-empty-check) instead.
"""
# /// pair
# title = "Testing for emptiness with x.size == 0"
# expect = "differs"
# difference = "t.size is a method: t.size == 0 is always False"
# order = 7
# see = ["attributes/numel-empty-check"]
# fix = "attributes/numel-empty-check"
# numpy_call = "a.size == 0"
# torch_call = "t.size == 0"
# ///
import numpy as np

a = np.zeros((0, 3))
print(a.shape, a.size)
result = "empty" if a.size == 0 else "has data"
print(result)
