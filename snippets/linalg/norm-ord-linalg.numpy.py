"""`torch.linalg.norm` follows `np.linalg.norm`: on a 2-D input, `ord=2` is the largest singular
value, `ord=1` the largest column sum of absolute values, `ord=inf` the largest row sum and
`'nuc'` the sum of singular values. `torch.linalg.matrix_norm` computes the same and always
treats the last two dimensions as the matrix.
"""
# /// pair
# title = "Matrix norms with ord: torch.linalg.norm"
# expect = "equal"
# same_dtype = true
# order = 11
# numpy_call = "np.linalg.norm(A, 2)"
# torch_call = "torch.linalg.norm(A, 2)"
# ///
import numpy as np

A = np.array([[1.0, -2.0], [3.0, 4.0]])
result = {
    "2": np.linalg.norm(A, 2),
    "1": np.linalg.norm(A, 1),
    "inf": np.linalg.norm(A, np.inf),
    "nuc": np.linalg.norm(A, "nuc"),
}
print(result)
