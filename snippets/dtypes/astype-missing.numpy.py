"""Tensors have no `astype` method: the literal port `t.astype(torch.float32)` fails with
`AttributeError`. The conversion is `Tensor.to(dtype)`, shown in
[the faithful translation](#astype-to).
"""
# /// pair
# title = "a.astype(...) has no Tensor counterpart of that name"
# expect = "differs"
# difference = "torch.Tensor has no astype: AttributeError"
# order = 14
# see = ["dtypes/astype-to"]
# fix = "dtypes/astype-to"
# numpy_call = "a.astype(np.float32)"
# torch_call = "t.astype(torch.float32)  # AttributeError"
# ///
import numpy as np

a = np.array([1, 2, 3])
result = a.astype(np.float32)
print(result, result.dtype)
