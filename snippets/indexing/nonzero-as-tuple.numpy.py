"""`torch.nonzero(t, as_tuple=True)` returns NumPy's layout: a tuple of 1-D index tensors, one
per dimension, which can index `t` directly. `Tensor.nonzero` takes the same keyword.
"""
# /// pair
# title = "torch.nonzero(as_tuple=True)"
# expect = "equal"
# order = 27
# numpy_call = "np.nonzero(a)"
# torch_call = "torch.nonzero(t, as_tuple=True)"
# ///
import numpy as np

a = np.array([[0, 3, 0], [5, 0, 6]])
result = np.nonzero(a)
print(result)
print(a[result])
