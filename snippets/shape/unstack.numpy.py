"""`np.unstack(x, axis=...)` (NumPy 2.1) is the inverse of `np.stack`: a tuple of the slices along
`axis`, with that axis removed. PyTorch calls it `torch.unbind(x, dim=...)`.
"""
# /// pair
# title = "Splitting into slices along an axis: np.unstack"
# expect = "equal"
# requires = {numpy = ">=2.1"}
# same_dtype = true
# order = 31
# numpy_call = "np.unstack(x, axis=1)"
# torch_call = "torch.unbind(x, dim=1)"
# ///
import numpy as np

x = np.arange(6).reshape(2, 3)
result = np.unstack(x, axis=1)
print(result)
