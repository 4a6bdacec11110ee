"""The whole training run with autograd in place of the hand-written derivatives. Each iteration
computes the loss `0.5 * sum((y - output) ** 2)`, calls `backward()`, and subtracts the gradients
from the weights with a learning rate of 1, which is exactly the update the NumPy version adds.
After 60,000 iterations the weights and outputs equal those of the hand-written run.

Three details of the PyTorch loop: the update runs under `torch.no_grad()`, so that autograd does
not record it; the gradients are cleared after each step (set to `None` here), because
`backward()` adds to `.grad` rather than replacing it; and the results are `detach()`ed from the
graph before use.
"""
# /// pair
# title = "The three-layer network trained with autograd"
# expect = "equal"
# same_dtype = true
# rtol = 1e-10
# atol = 1e-12
# order = 17
# timeout = 300
# see = ["walkthrough/three-layer-gradient", "walkthrough/three-layer-module-sgd"]
# numpy_call = "w_hidden += X.T @ hidden_delta"
# torch_call = "loss = 0.5 * ((y - forward(w_hidden, w_output)) ** 2).sum(); loss.backward(); with torch.no_grad(): w_hidden -= w_hidden.grad"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.float64)
y = np.array([[0, 1, 1, 0]], dtype=np.float64).T

np.random.seed(1)
w_hidden = 2 * np.random.random((3, 4)) - 1
w_output = 2 * np.random.random((4, 1)) - 1

for _ in range(60_000):
    hidden = 1 / (1 + np.exp(-(X @ w_hidden)))
    output = 1 / (1 + np.exp(-(hidden @ w_output)))
    error = y - output
    output_delta = error * output * (1 - output)
    hidden_delta = (output_delta @ w_output.T) * hidden * (1 - hidden)
    w_output += hidden.T @ output_delta
    w_hidden += X.T @ hidden_delta

print("output:", output.ravel())
result = {"w_hidden": w_hidden, "w_output": w_output, "output": output}
