"""A length-4 vector cannot be added to a 4×3 matrix in either library. Broadcasting lines shapes
up from the right, so the vector's 4 meets the matrix's 3 columns. Both refuse, but with
different exception classes, so a port that keeps NumPy's `except ValueError:` lets PyTorch's
error escape: catch `RuntimeError` instead ([caught](#vector-plus-matrix-caught)). To add the
vector to each column, [shape it as a column](#column-plus-matrix).
"""
# /// pair
# title = "Adding a length-4 vector to a 4×3 matrix"
# expect = "differs"
# difference = "PyTorch raises {{walkthrough/vector-plus-matrix torch.error}}, which an except clause for {{walkthrough/vector-plus-matrix numpy.error}} does not catch"
# fix = "walkthrough/vector-plus-matrix-caught"
# order = 2
# see = ["walkthrough/column-plus-matrix"]
# numpy_call = "X + v  # (4, 3) + (4,)"
# torch_call = "X + v  # (4, 3) + (4,)"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
v = np.array([10, 20, 30, 40])
result = X + v
