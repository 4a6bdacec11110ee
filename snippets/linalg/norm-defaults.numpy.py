"""Without an `ord`, `np.linalg.norm` and `torch.linalg.norm` agree: the Euclidean norm of a
vector, the Frobenius norm of a matrix, and per-row or per-column norms with `axis` (`dim` in
PyTorch). `torch.linalg.norm` needs a floating-point tensor; an integer one raises
`RuntimeError`, where NumPy converts to float silently.
"""
# /// pair
# title = "Vector and matrix norms: the defaults"
# expect = "equal"
# same_dtype = true
# order = 9
# numpy_call = "np.linalg.norm(A, axis=0)"
# torch_call = "torch.linalg.norm(A, dim=0)"
# ///
import numpy as np

v = np.array([3.0, 4.0])
A = np.array([[1.0, -2.0], [3.0, 4.0]])
result = {
    "vector": np.linalg.norm(v),
    "frobenius": np.linalg.norm(A),
    "columns": np.linalg.norm(A, axis=0),
}
print(result)
