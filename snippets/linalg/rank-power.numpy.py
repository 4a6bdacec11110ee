"""`np.linalg.matrix_rank` maps to `torch.linalg.matrix_rank` (which returns an `int64` tensor and
requires floating-point input) and `np.linalg.matrix_power` to `torch.linalg.matrix_power`,
which accepts integer matrices and, for invertible float matrices, negative powers.
"""
# /// pair
# title = "Matrix rank and matrix power"
# expect = "equal"
# order = 28
# numpy_call = "np.linalg.matrix_power(F, 10)"
# torch_call = "torch.linalg.matrix_power(F, 10)"
# ///
import numpy as np

R = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
F = np.array([[1, 1], [1, 0]])
A = np.array([[2.0, 1.0], [1.0, 1.0]])
result = {
    "rank": np.linalg.matrix_rank(R),
    "fibonacci": np.linalg.matrix_power(F, 10),
    "inverse_squared": np.linalg.matrix_power(A, -2),
}
print(result)
