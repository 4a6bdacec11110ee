"""To reproduce NumPy's result type, keep only the real parts when all imaginary parts are zero,
as `np.linalg.eig` does. Neither library sorts the eigenvalues of `eig`; on this matrix both
return them in the same order ({{linalg/eig-real-part numpy.result[0]}}), with the same unit-length
eigenvectors.
"""
# /// pair
# title = "Eigenvalues of a real matrix: taking the real part"
# expect = "equal"
# same_dtype = true
# order = 21
# numpy_call = "np.linalg.eig(A)"
# torch_call = "w, v = torch.linalg.eig(A); w.real, v.real"
# ///
import numpy as np

A = np.array([[4.0, 1.0], [2.0, 3.0]])
eigenvalues, eigenvectors = np.linalg.eig(A)
print(eigenvalues, eigenvalues.dtype)
result = (eigenvalues, eigenvectors)
