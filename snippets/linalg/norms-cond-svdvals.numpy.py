"""The newer, unambiguous norm functions match name for name: `np.linalg.vector_norm` is
`torch.linalg.vector_norm` (`ord` and `axis` become `ord` and `dim`), `np.linalg.matrix_norm` is
`torch.linalg.matrix_norm` (Frobenius by default on both sides). `np.linalg.cond`,
`np.linalg.svdvals` and `np.linalg.eigvalsh` are `torch.linalg.cond`, `torch.linalg.svdvals`
(descending, as in NumPy) and `torch.linalg.eigvalsh` (ascending, as in NumPy).
"""
# /// pair
# title = "Norms and spectra: vector_norm, matrix_norm, cond, svdvals, eigvalsh"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# same_dtype = true
# order = 32
# numpy_call = "np.linalg.matrix_norm(A, ord=2)"
# torch_call = "torch.linalg.matrix_norm(A, ord=2)"
# ///
import numpy as np

A = np.array([[4.0, 1.0], [2.0, 3.0]])
S = np.array([[2.0, 1.0], [1.0, 2.0]])
result = {
    "vector_norm": np.linalg.vector_norm(A, ord=1, axis=1),
    "vector_norm_all": np.linalg.vector_norm(A),
    "matrix_norm": np.linalg.matrix_norm(A),
    "matrix_norm_2": np.linalg.matrix_norm(A, ord=2),
    "cond": np.linalg.cond(A),
    "svdvals": np.linalg.svdvals(A),
    "eigvalsh": np.linalg.eigvalsh(S),
}
print(result)
