"""With a stack of two 2×2 matrices `A` and a 2×2 `b`, the two libraries read `b` differently. NumPy 2
treats this `b` as a matrix of right-hand sides and broadcasts it against the stack: the same two
columns are solved for each matrix, a (2, 2, 2) result. PyTorch treats it, since its shape equals
`A.shape[:-1]`, as one vector per matrix and returns (2, 2). No error on either side. Say which one
is meant, as in [the faithful translation](#solve-stacked-right-side-explicit).
"""
# /// pair
# title = "Batched solve with a 2-D right-hand side: matrix or stack of vectors"
# expect = "differs"
# difference = "torch.linalg.solve reads b of shape A.shape[:-1] as a batch of vectors; NumPy 2 as one matrix"
# see = ["linalg/solve-stacked-right-side-explicit"]
# fix = "linalg/solve-stacked-right-side-explicit"
# order = 15
# numpy_call = "np.linalg.solve(A, b)  # A (2, 2, 2), b (2, 2)"
# torch_call = "torch.linalg.solve(A, b)"
# ///
import numpy as np

A = np.array([[[3.0, 1.0], [1.0, 2.0]], [[2.0, 0.0], [0.0, 4.0]]])
b = np.array([[9.0, 8.0], [2.0, 8.0]])
result = np.linalg.solve(A, b)
print(result.shape)
print(result)
