"""In NumPy each step computes a fresh gradient. In PyTorch `loss.backward()` adds the new gradient
to whatever `w.grad` already holds, so a loop that never clears it steps along the sum of all
gradients so far: after three steps the weights differ
({{models/grad-accumulates numpy.result[0]:.3f}} against
{{models/grad-accumulates torch.result[0]:.3f}} for the first one), and no error says why. Clear the
gradient after each update, as in [the faithful translation](#gradient-descent-loop).
"""
# /// pair
# title = "Gradient descent with autograd: .grad accumulates across steps"
# expect = "differs"
# difference = "backward() adds to .grad; without zeroing, every step uses the sum of all gradients so far"
# see = ["models/gradient-descent-loop"]
# fix = "models/gradient-descent-loop"
# order = 15
# numpy_call = "grad = 2 * X.T @ (X @ w - y); w -= lr * grad"
# torch_call = "loss = ((X @ w - y) ** 2).sum(); loss.backward(); with torch.no_grad(): w -= lr * w.grad  # never zeroed"
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
