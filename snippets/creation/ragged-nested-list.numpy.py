"""Rows of different lengths do not make an array in either library. NumPy 2 raises `ValueError`
about an inhomogeneous shape (building an object array needs `dtype=object`, which PyTorch has
no counterpart for); PyTorch raises `ValueError` too, naming the dimension that did not match.
Pad the rows, or keep a list of separate tensors.
"""
# /// pair
# title = "Ragged nested lists raise in both"
# expect = "both-raise"
# order = 4
# numpy_call = "np.array([[1, 2, 3], [4, 5]])"
# torch_call = "torch.tensor([[1, 2, 3], [4, 5]])"
# ///
import numpy as np

result = np.array([[1, 2, 3], [4, 5]])
