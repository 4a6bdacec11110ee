"""For a matrix, `np.linalg.norm(A, 2)` is the spectral norm (the largest singular value),
`ord=1` the largest column sum and `ord=np.inf` the largest row sum. The older `torch.norm(A, p)`
ignores the matrix shape and computes the vector p-norm of all the elements: the Frobenius norm
for `p=2`, the sum of absolute values for `p=1`, the largest absolute value for `p=inf`. Use
`torch.linalg.norm` or `torch.linalg.matrix_norm`, as in [the faithful translation](#norm-ord-linalg).
"""
# /// pair
# title = "Matrix norms with ord: torch.norm is not np.linalg.norm"
# expect = "differs"
# difference = "torch.norm(A, p) is the vector p-norm of the elements, not a matrix norm"
# see = ["linalg/norm-ord-linalg"]
# fix = "linalg/norm-ord-linalg"
# order = 10
# numpy_call = "np.linalg.norm(A, 2)"
# torch_call = "torch.norm(A, 2)"
# ///
import numpy as np

A = np.array([[1.0, -2.0], [3.0, 4.0]])
result = {"2": np.linalg.norm(A, 2), "1": np.linalg.norm(A, 1), "inf": np.linalg.norm(A, np.inf)}
print(result)
