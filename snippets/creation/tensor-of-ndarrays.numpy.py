"""Half-ported code often hands `torch.tensor` a list of NumPy arrays (rows collected in a loop, say).
It gives the same values, but PyTorch writes a `UserWarning` to stderr that creating a tensor from a
list of `numpy.ndarray`s is extremely slow, and suggests converting the list to one array first.
Stack with NumPy first and convert once, as in [the stacked form](#ndarray-list-stacked).
"""
# /// pair
# title = "torch.tensor of a list of NumPy arrays: same values, a warning about speed"
# expect = "equal"
# same_dtype = true
# see = ["creation/ndarray-list-stacked"]
# order = 2
# numpy_call = "np.array([a, b])"
# torch_call = "torch.tensor([a, b])  # a, b ndarrays"
# ///
import numpy as np

a = np.array([1.5, 2.0])
b = np.array([3.0, 4.5])
result = np.array([a, b])
print(result)
