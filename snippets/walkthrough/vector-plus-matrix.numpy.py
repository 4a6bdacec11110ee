"""A length-4 vector cannot be added to a 4×3 matrix in either library. Broadcasting lines shapes
up from the right, so the vector's 4 meets the matrix's 3 columns. NumPy raises `ValueError`,
PyTorch raises `RuntimeError`: code that catches one will not catch the other.
"""
# /// pair
# title = "Adding a length-4 vector to a 4×3 matrix"
# expect = "both-raise"
# order = 2
# see = ["walkthrough/column-plus-matrix"]
# numpy_call = "X + v  # (4, 3) + (4,)"
# torch_call = "X + v  # (4, 3) + (4,)"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
v = np.array([10, 20, 30, 40])
result = X + v
