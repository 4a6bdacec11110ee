"""`np.dot` multiplies whatever it is given: for a matrix and a vector it is the matrix-vector
product. `torch.dot` is only the 1-D inner product and raises
{{linalg/dot-matrix-vector torch.error}} (its message is in the traceback below) for anything else.
Translate `np.dot` on matrices to `@` or `torch.matmul`, as in
[the faithful translation](#matmul-1d).
"""
# /// pair
# title = "np.dot on a matrix is not torch.dot"
# expect = "differs"
# difference = "torch.dot accepts only 1-D tensors; it raises for a matrix"
# see = ["linalg/matmul-1d"]
# fix = "linalg/matmul-1d"
# order = 2
# numpy_call = "np.dot(A, v)"
# torch_call = "torch.dot(A, v)"
# ///
import numpy as np

A = np.array([[1.0, 2.0], [3.0, 4.0]])
v = np.array([1.0, -1.0])
result = np.dot(A, v)
print(result)
