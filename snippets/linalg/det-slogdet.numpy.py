"""`np.linalg.det` and `np.linalg.slogdet` map to `torch.linalg.det` and `torch.linalg.slogdet`.
The `slogdet` results are named tuples with fields `sign` and `logabsdet` in both. A singular
matrix is no error for either: its determinant is 0 (PyTorch prints `-0.`) and `logabsdet` is
`-inf`.
"""
# /// pair
# title = "Determinant and log-determinant"
# expect = "equal"
# same_dtype = true
# order = 13
# numpy_call = "np.linalg.slogdet(A)"
# torch_call = "torch.linalg.slogdet(A)"
# ///
import numpy as np

A = np.array([[1.0, 2.0], [3.0, 4.0]])
S = np.array([[1.0, 2.0], [2.0, 4.0]])
sign, logabsdet = np.linalg.slogdet(A)
result = {
    "det": np.linalg.det(A),
    "sign": sign,
    "logabsdet": logabsdet,
    "det_singular": np.linalg.det(S),
    "slogdet_singular": tuple(np.linalg.slogdet(S)),
}
print(result)
