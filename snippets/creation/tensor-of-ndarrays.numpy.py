"""Half-ported code often hands `torch.tensor` a list of NumPy arrays (rows collected in a loop, say).
It works, but emits a `UserWarning` that creating a tensor from a list of `numpy.ndarray`s is
extremely slow, and suggests converting the list to one array first. The values agree; the pair
compares them together with the warnings each side recorded. Stack with NumPy first and convert
once, as in [the faithful translation](#ndarray-list-stacked).
"""
# /// pair
# title = "torch.tensor of a list of NumPy arrays: a warning about speed"
# expect = "differs"
# difference = "torch.tensor warns that a list of ndarrays is extremely slow"
# see = ["creation/ndarray-list-stacked"]
# fix = "creation/ndarray-list-stacked"
# order = 2
# numpy_call = "np.array([a, b])"
# torch_call = "torch.tensor([a, b])  # a, b ndarrays"
# ///
import warnings

import numpy as np

rows = [np.array([1.5, 2.0]), np.array([3.0, 4.5])]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    values = np.array(rows)
result = {"values": values, "warnings": [w.category.__name__ for w in caught]}
print(result)
