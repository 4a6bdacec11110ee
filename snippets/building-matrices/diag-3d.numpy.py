"""`diag` only knows vectors and matrices: a 3-D input raises in both libraries, `ValueError` in
NumPy and `RuntimeError` in PyTorch. For the diagonals of a stack of matrices use `diagonal` with
explicit axes (see [batched diagonals](#diagonal-batched)).
"""
# /// pair
# title = "diag of a 3-D array raises in both"
# expect = "both-raise"
# order = 5
# see = ["building-matrices/diagonal-batched"]
# numpy_call = "np.diag(stack)"
# torch_call = "torch.diag(stack)"
# ///
import numpy as np

stack = np.ones((2, 3, 3))
result = np.diag(stack)
