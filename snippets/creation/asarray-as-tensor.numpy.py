"""`np.asarray` converts its input with a requested dtype and copies only when it has to.
PyTorch has two names for it: `torch.as_tensor`, the older one, and `torch.asarray`, which
follows the array-API standard and also accepts `copy=`. For a list of Python numbers with an
explicit dtype, all three give the same values and dtype.
"""
# /// pair
# title = "Converting: np.asarray, torch.as_tensor and torch.asarray"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "np.asarray(data, dtype=np.float32)"
# torch_call = "torch.as_tensor(data, dtype=torch.float32)"
# ///
import numpy as np

data = [[1, 2], [3, 4]]
first = np.asarray(data, dtype=np.float32)
second = np.asarray(data, dtype=np.float32)
print(first.dtype, second.dtype)
result = (first, second)
