"""NumPy's linear-algebra functions convert an integer matrix to `float64` and go on. PyTorch's
`torch.linalg` functions accept only floating-point or complex tensors and raise for an `int64`
one: the PyTorch side first tries `inv`, `solve`, `norm`, `svd` and `eigh` and prints the
exception each raises (`RuntimeError`, and `NotImplementedError` for `eigh`), then `det` raises
`RuntimeError`. Convert with `.double()` first, as in
[the faithful translation](#det-integer-matrix-double).
"""
# /// pair
# title = "Determinant of an integer matrix"
# expect = "differs"
# difference = "torch.linalg functions raise for integer tensors instead of converting"
# see = ["linalg/det-integer-matrix-double"]
# fix = "linalg/det-integer-matrix-double"
# order = 14
# numpy_call = "np.linalg.det(A)"
# torch_call = "torch.linalg.det(A)"
# ///
import numpy as np

A = np.array([[1, 2], [3, 4]])
result = np.linalg.det(A)
print(A.dtype, result)
