"""The hand-written backpropagation adds `X.T @ hidden_delta` and `hidden.T @ output_delta` to the
weights. Those are the negated gradients of the loss `0.5 * sum((y - output) ** 2)`, so each
update is a step of gradient descent with learning rate 1. The NumPy side negates them; the
PyTorch side never writes a derivative: it computes that loss, calls `loss.backward()`, and
reads autograd's gradients from `.grad`. Both are taken at the initial weights.

The weights must be leaf tensors that require gradients: `torch.from_numpy(...).requires_grad_()`
marks the tensor itself. Multiplying it or changing its dtype afterwards gives a new, non-leaf
tensor whose `.grad` stays `None` (PyTorch warns when it is read).
"""
# /// pair
# title = "The hand-written gradient and autograd's .grad"
# expect = "equal"
# same_dtype = true
# rtol = 1e-10
# atol = 1e-12
# order = 16
# see = ["walkthrough/three-layer-network", "walkthrough/three-layer-autograd"]
# numpy_call = "-(X.T @ hidden_delta)  # derived by hand"
# torch_call = "loss_of(w_hidden, w_output).backward(); w_hidden.grad"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.float64)
y = np.array([[0, 1, 1, 0]], dtype=np.float64).T

np.random.seed(1)
w_hidden = 2 * np.random.random((3, 4)) - 1
w_output = 2 * np.random.random((4, 1)) - 1

hidden = 1 / (1 + np.exp(-(X @ w_hidden)))
output = 1 / (1 + np.exp(-(hidden @ w_output)))
error = y - output
output_delta = error * output * (1 - output)
hidden_delta = (output_delta @ w_output.T) * hidden * (1 - hidden)

grad_hidden = -(X.T @ hidden_delta)
grad_output = -(hidden.T @ output_delta)
print("loss:", 0.5 * np.sum(error**2))
print("grad w_output:", grad_output.ravel())
result = {"w_hidden": grad_hidden, "w_output": grad_output}
