"""`torch.sort(a, descending=True)` sorts largest first in one call; `torch.flip(..., dims=[0])` is the
literal replacement for `[::-1]` (it copies, where NumPy's slice is a view; the slice itself
[raises in PyTorch](indexing.md#negative-step)). Both give the reversed NumPy order here.
"""
# /// pair
# title = "Descending sort: descending=True or torch.flip"
# expect = "equal"
# same_dtype = true
# order = 5
# numpy_call = "np.sort(a)[::-1]"
# torch_call = "torch.sort(a, descending=True).values"
# ///
import numpy as np

a = np.array([5, 2, 9, 1, 7])
descending = np.sort(a)[::-1]
flipped = np.sort(a)[::-1]
print(descending)
result = (descending, flipped)
