"""The product of the 4×3 input matrix with 3×1 weights gives one number per row. With both
operands in float64, `np.dot` translates to the `@` operator.
"""
# /// pair
# title = "Matrix product: np.dot and X @ w"
# expect = "equal"
# same_dtype = true
# order = 7
# numpy_call = "np.dot(X, w)"
# torch_call = "X @ w"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.float64)
w = np.array([[-0.16595599], [0.44064899], [-0.99977125]])
result = np.dot(X, w)
print(result)
