"""`torch.diff` takes `prepend` and `append` as tensors: `torch.tensor([0])` (in the input's
dtype) does what NumPy's scalar `0` does, and the increments keep the input's length.
"""
# /// pair
# title = "np.diff(a, prepend=0): prepend a tensor"
# expect = "equal"
# same_dtype = true
# order = 30
# numpy_call = "np.diff(totals, prepend=0)"
# torch_call = "torch.diff(totals, prepend=torch.tensor([0]))"
# ///
import numpy as np

totals = np.array([1, 4, 9, 16, 25])
result = np.diff(totals, prepend=0)
print(result)
