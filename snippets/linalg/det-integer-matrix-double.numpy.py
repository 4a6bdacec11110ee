"""NumPy converts the integer matrix to float64 before computing its determinant. Doing that
conversion by hand, `A.double()`, lets `torch.linalg.det` run and gives the same float64 value; the
two libraries may round it differently in the last bits (NumPy gives
{{linalg/det-integer-matrix-double numpy.result}}, PyTorch
{{linalg/det-integer-matrix-double torch.result}}), well inside the default tolerance. The same
conversion applies to `inv`, `solve`, `norm` and the decompositions.
"""
# /// pair
# title = "Determinant of an integer matrix: convert with .double()"
# expect = "equal"
# same_dtype = true
# order = 14
# numpy_call = "np.linalg.det(A)"
# torch_call = "torch.linalg.det(A.double())"
# ///
import numpy as np

A = np.array([[1, 2], [3, 4]])
result = np.linalg.det(A)
print(A.dtype, result)
