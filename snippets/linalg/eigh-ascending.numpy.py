"""For a symmetric (or Hermitian) matrix, `np.linalg.eigh` and `torch.linalg.eigh` return real
eigenvalues in ascending order, while `eig` returns them unsorted. Each eigenvector is fixed only
up to its sign, so compare `V @ diag(w) @ V.T` with the matrix rather than the vectors
themselves. Both read only the lower triangle by default (`UPLO='L'`).
"""
# /// pair
# title = "Symmetric eigenproblems: eigh sorts ascending"
# expect = "equal"
# same_dtype = true
# order = 22
# numpy_call = "np.linalg.eigh(A)"
# torch_call = "torch.linalg.eigh(A)"
# ///
import numpy as np

A = np.array([[3.0, 1.0, 2.0], [1.0, 4.0, 0.0], [2.0, 0.0, 5.0]])
w, V = np.linalg.eigh(A)
unsorted = np.linalg.eigvals(A)
print(w, unsorted)
result = {"eigh": w, "eig_real_parts": unsorted.real, "rebuilt": V @ np.diag(w) @ V.T}
