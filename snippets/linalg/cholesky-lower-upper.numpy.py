"""Both `np.linalg.cholesky` and `torch.linalg.cholesky` return the lower-triangular factor `L`
with `A = L @ L.T` by default, and both take `upper=True` for the upper factor `L.T`. The older `torch.cholesky`
has the same default but warns that it is deprecated. A matrix that is not
positive-definite raises `LinAlgError` in each library, with the class difference shown in
[the singular-matrix pair](#singular-error-class).
"""
# /// pair
# title = "Cholesky factor: lower by default, upper on request"
# expect = "equal"
# same_dtype = true
# order = 27
# numpy_call = "np.linalg.cholesky(A, upper=True)"
# torch_call = "torch.linalg.cholesky(A, upper=True)"
# ///
import numpy as np

A = np.array([[4.0, 2.0, 0.0], [2.0, 5.0, 1.0], [0.0, 1.0, 3.0]])
L = np.linalg.cholesky(A)
U = np.linalg.cholesky(A, upper=True)
print(L)
result = {"lower": L, "upper": U, "rebuilt": L @ L.T}
