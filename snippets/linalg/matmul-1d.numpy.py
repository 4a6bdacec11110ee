"""`@` treats 1-D operands the same way in both libraries: a vector on the left acts as a row, a
vector on the right as a column, and the added dimension is removed from the result. So `A @ v`
and `v @ A` are vectors and `v @ v` is a 0-dimensional scalar (a NumPy `float64`, a 0-D tensor).
For a matrix and a vector, NumPy's `np.dot(A, v)` is the same product as `A @ v` (the NumPy side
asserts it), so `@` or `torch.matmul` is its translation, not `torch.dot`.
"""
# /// pair
# title = "matmul and @ with 1-D operands"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "A @ v"
# torch_call = "A @ v"
# ///
import numpy as np

A = np.array([[1.0, 2.0], [3.0, 4.0]])
v = np.array([1.0, -1.0])
result = (A @ v, v @ A, np.matmul(v, v))
assert np.array_equal(np.dot(A, v), A @ v)
for part in result:
    print(part, np.shape(part))
