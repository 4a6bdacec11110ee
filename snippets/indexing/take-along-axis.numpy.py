"""`np.take_along_axis` picks one element per position along an axis, with an index of the same
number of dimensions, typically from `argsort`. `torch.gather(t, dim, idx)` is the PyTorch
form (note the order: dimension before index); `torch.take_along_dim(t, idx, dim)` is an
alias with NumPy's argument order.
"""
# /// pair
# title = "np.take_along_axis and torch.gather"
# expect = "equal"
# order = 15
# numpy_call = "np.take_along_axis(a, idx, axis=1)"
# torch_call = "torch.gather(t, 1, idx)"
# ///
import numpy as np

a = np.array([[30, 10, 20], [5, 15, 0]])
idx = np.argsort(a, axis=1)
result = np.take_along_axis(a, idx, axis=1)
print(idx)
print(result)
