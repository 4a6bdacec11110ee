"""NumPy's linear-algebra functions convert an integer matrix to `float64` and go on. PyTorch's
`torch.linalg.det`, `inv`, `solve`, `norm` and the decompositions accept only floating-point or
complex tensors and raise for an `int64` one (`RuntimeError` here; `torch.linalg.eigh` raises
`NotImplementedError`). Convert with `.double()` (or
`.float()`) first, as in [the faithful translation](#det-slogdet).
"""
# /// pair
# title = "Determinant of an integer matrix"
# expect = "differs"
# difference = "torch.linalg functions raise for integer tensors instead of converting"
# see = ["linalg/det-slogdet"]
# order = 14
# numpy_call = "np.linalg.det(A)"
# torch_call = "torch.linalg.det(A)"
# ///
import numpy as np

A = np.array([[1, 2], [3, 4]])
result = np.linalg.det(A)
print(A.dtype, result)
