"""`astype` copies by default, even when the dtype does not change. `Tensor.to` (and `.double()`,
`.type(...)`) returns the tensor itself when it already has the requested dtype, so writing into
the "converted" tensor writes into the original. Here the original's first element becomes 99 on
the PyTorch side. Use `t.to(dtype, copy=True)` or `.clone()` when you need a separate tensor, as
in [the faithful translation](#astype-copy-true).
"""
# /// pair
# title = "astype always copies; Tensor.to may return the same tensor"
# expect = "differs"
# difference = "t.to(same dtype) returns t itself, not a copy"
# order = 17
# see = ["dtypes/astype-copy-true"]
# fix = "dtypes/astype-copy-true"
# numpy_call = "b = a.astype(np.float64)"
# torch_call = "b = t.to(torch.float64)"
# ///
import numpy as np

a = np.array([1.0, 2.0, 3.0])
b = a.astype(np.float64)
b[0] = 99.0
print(b is a)
result = a
print(result)
