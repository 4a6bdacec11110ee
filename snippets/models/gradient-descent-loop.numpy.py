"""The faithful loop does two things the NumPy loop never needed: it updates the parameter inside
`torch.no_grad()`, so autograd neither records nor refuses the in-place change, and it clears
`w.grad` after each update (`w.grad.zero_()`, or `w.grad = None`), so the next `backward()` starts
from zero. Three steps then give NumPy's weights. An optimiser from `torch.optim` does the same
with `optimizer.step()` and `optimizer.zero_grad()`.
"""
# /// pair
# title = "Gradient descent with autograd: update under no_grad, then zero the gradient"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "grad = 2 * X.T @ (X @ w - y); w -= lr * grad"
# torch_call = "loss = ((X @ w - y) ** 2).sum(); loss.backward(); with torch.no_grad(): w -= lr * w.grad; w.grad.zero_()"
# ///
import numpy as np

X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y = np.array([1.0, 0.0, 2.0])
w = np.array([0.5, -0.25])
lr = 0.01
for _ in range(3):
    grad = 2 * X.T @ (X @ w - y)
    w -= lr * grad
result = w
print(result)
