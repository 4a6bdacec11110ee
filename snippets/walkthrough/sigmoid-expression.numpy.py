"""The logistic sigmoid `1 / (1 + exp(-z))` of the matrix product reads the same in both libraries:
`np.exp` becomes `torch.exp`, and the scalar arithmetic broadcasts over the tensor.
"""
# /// pair
# title = "Logistic sigmoid: the same expression"
# expect = "equal"
# same_dtype = true
# order = 10
# numpy_call = "1 / (1 + np.exp(-z))"
# torch_call = "1 / (1 + torch.exp(-z))"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.float64)
w = np.array([[-0.16595599], [0.44064899], [-0.99977125]])
z = X @ w
result = 1 / (1 + np.exp(-z))
print(result)
