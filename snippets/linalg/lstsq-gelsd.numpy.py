"""With `driver='gelsd'` (an SVD-based solver, like the one NumPy uses) `torch.linalg.lstsq`
returns the residual sum of squares and the singular values as well, and the four fields match
NumPy's. The rank comes back as an `int64` tensor, where NumPy gives an `int32` scalar.
"""
# /// pair
# title = "Least squares with driver='gelsd'"
# expect = "equal"
# order = 19
# numpy_call = "np.linalg.lstsq(A, b)"
# torch_call = "torch.linalg.lstsq(A, b, driver='gelsd')"
# ///
import numpy as np

A = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]])
b = np.array([1.0, 2.0, 4.0])
solution, residuals, rank, singular_values = np.linalg.lstsq(A, b)
print(residuals, repr(rank), singular_values)
result = (solution, residuals, rank, singular_values)
