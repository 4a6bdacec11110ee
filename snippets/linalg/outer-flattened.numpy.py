"""Flattening both inputs first is what `np.outer` does internally, and `torch.outer` of the flattened
tensors gives the same 4×4 matrix.
"""
# /// pair
# title = "Outer product of matrices: flatten, then torch.outer"
# expect = "equal"
# same_dtype = true
# order = 5
# numpy_call = "np.outer(M, N)"
# torch_call = "torch.outer(M.flatten(), N.flatten())"
# ///
import numpy as np

M = np.array([[1.0, 2.0], [3.0, 4.0]])
N = np.array([[0.0, 1.0], [1.0, 0.0]])
result = np.outer(M, N)
print(result)
