"""Comparing arrays whose shapes do not broadcast is an error in both libraries, not a lone
`False`. NumPy raises `ValueError` and PyTorch raises `RuntimeError`, so an `except` clause
written for one will not catch the other.
"""
# /// pair
# title = "Comparing arrays of incompatible shapes"
# expect = "both-raise"
# order = 3
# numpy_call = "a == b"
# torch_call = "a == b"
# ///
import numpy as np

a = np.array([1, 2, 3])
b = np.array([1, 2])
result = a == b
