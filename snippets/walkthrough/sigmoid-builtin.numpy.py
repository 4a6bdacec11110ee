"""PyTorch has the sigmoid built in. `torch.sigmoid` computes it in one kernel, without the
intermediate `exp(-z)`, which overflows to infinity for large negative `z` (NumPy warns about that
overflow; the final value is 0 either way, and PyTorch's `torch.exp` overflows silently).
"""
# /// pair
# title = "Logistic sigmoid: torch.sigmoid"
# expect = "equal"
# same_dtype = true
# order = 11
# numpy_call = "1 / (1 + np.exp(-z))"
# torch_call = "torch.sigmoid(z)"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.float64)
w = np.array([[-0.16595599], [0.44064899], [-0.99977125]])
z = X @ w
result = 1 / (1 + np.exp(-z))
print(result)
