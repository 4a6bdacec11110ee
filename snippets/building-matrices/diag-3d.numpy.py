"""`diag` only knows vectors and matrices: a 3-D input raises in both libraries, but NumPy's
`ValueError` is not PyTorch's `RuntimeError`, so an `except ValueError:` carried over misses it
([caught](#diag-3d-caught)). For the diagonals of a stack of matrices use `diagonal` with explicit
axes (see [batched diagonals](#diagonal-batched)).
"""
# /// pair
# title = "diag of a 3-D array: ValueError in NumPy, RuntimeError in PyTorch"
# expect = "differs"
# difference = "PyTorch raises {{building-matrices/diag-3d torch.error}}, which an except clause for {{building-matrices/diag-3d numpy.error}} does not catch"
# fix = "building-matrices/diag-3d-caught"
# order = 5
# see = ["building-matrices/diagonal-batched"]
# numpy_call = "np.diag(stack)"
# torch_call = "torch.diag(stack)"
# ///
import numpy as np

stack = np.ones((2, 3, 3))
result = np.diag(stack)
