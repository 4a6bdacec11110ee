"""Tensors have no `copy` method, so the NumPy habit `b = a.copy()` fails with
{{views/copy-method-missing torch.error}} (its message is in the traceback below). The copy is
`t.clone()`, as in [the faithful translation](creation.md#copy-clone). (`Tensor.copy_(src)`, with an
underscore, exists but does something else: it writes `src` into an existing tensor.)
"""
# /// pair
# title = "a.copy() has no Tensor counterpart of that name"
# expect = "differs"
# difference = "torch.Tensor has no copy(): AttributeError"
# see = ["creation/copy-clone"]
# fix = "creation/copy-clone"
# order = 9
# numpy_call = "a.copy()"
# torch_call = "t.copy()  # AttributeError"
# ///
import numpy as np

a = np.array([1.0, 2.0, 3.0])
result = a.copy()
print(result)
