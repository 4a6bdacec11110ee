"""`ndarray.fill(value)` sets every element in place. PyTorch spells in-place methods with a
trailing underscore, and there is no `fill` without it: `t.fill(0)` raises
{{views/fill-method-missing torch.error}}. Use `t.fill_(0)`, as in
[the faithful translation](#fill-underscore).
"""
# /// pair
# title = "a.fill(0): fill_ in PyTorch"
# expect = "differs"
# difference = "torch.Tensor has no fill(); the in-place method is fill_"
# see = ["views/fill-underscore"]
# fix = "views/fill-underscore"
# order = 20
# numpy_call = "a.fill(0)"
# torch_call = "t.fill(0)  # AttributeError"
# ///
import numpy as np

a = np.array([1.0, 2.0, 3.0])
a.fill(0)
result = a
print(result)
