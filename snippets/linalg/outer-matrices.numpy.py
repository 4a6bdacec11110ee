"""`np.outer` flattens its inputs, so the outer product of two 2×2 matrices is a 4×4 matrix.
PyTorch's `torch.outer` accepts only vectors and raises {{linalg/outer-matrices torch.error}} (its
message is in the traceback below). Flatten explicitly, as in
[the faithful translation](#outer-flattened).
"""
# /// pair
# title = "Outer product of matrices: np.outer flattens, torch.outer raises"
# expect = "differs"
# difference = "torch.outer accepts only 1-D tensors: RuntimeError"
# see = ["linalg/outer-flattened"]
# fix = "linalg/outer-flattened"
# order = 5
# numpy_call = "np.outer(M, N)"
# torch_call = "torch.outer(M, N)"
# ///
import numpy as np

M = np.array([[1.0, 2.0], [3.0, 4.0]])
N = np.array([[0.0, 1.0], [1.0, 0.0]])
result = np.outer(M, N)
print(result.shape)
