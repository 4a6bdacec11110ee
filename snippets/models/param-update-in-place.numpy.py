"""`w -= lr * grad` is how NumPy code updates its weights. On a tensor created with
`requires_grad=True` the same line raises {{models/param-update-in-place torch.error}} (its message
is in the traceback below), because autograd would have to record the update. Do the update inside
`torch.no_grad()`, as in [the faithful translation](#gradient-descent-loop).
"""
# /// pair
# title = "Updating a parameter in place: autograd refuses outside no_grad"
# expect = "differs"
# difference = "an in-place update of a leaf tensor that requires grad raises RuntimeError"
# see = ["models/gradient-descent-loop"]
# fix = "models/gradient-descent-loop"
# order = 15
# numpy_call = "w -= lr * grad"
# torch_call = "w -= lr * w.grad"
# ///
import numpy as np

X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y = np.array([1.0, 0.0, 2.0])
w = np.array([0.5, -0.25])
lr = 0.01
grad = 2 * X.T @ (X @ w - y)
w -= lr * grad
result = w
print(result)
