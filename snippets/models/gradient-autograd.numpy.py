"""For the squared-error loss `L(w) = sum((X @ w - y)**2)` the gradient worked out by hand is
`2 * X.T @ (X @ w - y)`. In PyTorch, mark `w` with `requires_grad=True`, compute the loss and call
`backward()`: autograd fills `w.grad` with the same vector. The result compared here is the
gradient itself.
"""
# /// pair
# title = "A gradient: derived by hand and from autograd"
# expect = "equal"
# same_dtype = true
# order = 14
# numpy_call = "2 * X.T @ (X @ w - y)"
# torch_call = "((X @ w - y) ** 2).sum().backward(); w.grad"
# ///
import numpy as np

X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y = np.array([1.0, 0.0, 2.0])
w = np.array([0.5, -0.25])
residual = X @ w - y
result = 2 * X.T @ residual
print(result)
