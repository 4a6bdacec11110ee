"""When the integer matrix comes from elsewhere, convert it where it meets the weights:
`X.to(w.dtype)` is float64 here, so `@` computes what NumPy's promotion computed, in the dtype
NumPy chose.
"""
# /// pair
# title = "Integer matrix times float weights: convert, then multiply"
# expect = "equal"
# same_dtype = true
# order = 6
# numpy_call = "np.dot(X, w)  # int64, float64"
# torch_call = "X.to(w.dtype) @ w"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
w = np.array([[-0.16595599], [0.44064899], [-0.99977125]])
result = np.dot(X, w)
print(result.dtype)
