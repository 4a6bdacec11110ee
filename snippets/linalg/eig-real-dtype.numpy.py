"""When every eigenvalue of a real matrix is real, `np.linalg.eig` returns real `float64` arrays
(and complex ones only when some eigenvalue is complex). `torch.linalg.eig` always returns
complex tensors, here `complex128` with zero imaginary parts, so later code that expects real
numbers (comparisons, `argsort`) fails or needs `.real`. See
[the faithful translation](#eig-real-part) and, for symmetric matrices, [eigh](#eigh-ascending).
"""
# /// pair
# title = "Eigenvalues of a real matrix: real or complex dtype"
# expect = "differs"
# difference = "torch.linalg.eig always returns complex tensors"
# see = ["linalg/eig-real-part"]
# fix = "linalg/eig-real-part"
# same_dtype = true
# order = 20
# numpy_call = "np.linalg.eig(A)"
# torch_call = "torch.linalg.eig(A)"
# ///
import numpy as np

A = np.array([[4.0, 1.0], [2.0, 3.0]])
eigenvalues, eigenvectors = np.linalg.eig(A)
print(eigenvalues, eigenvalues.dtype)
result = (eigenvalues, eigenvectors)
