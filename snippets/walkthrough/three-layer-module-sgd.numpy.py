"""The idiomatic PyTorch form: the layers live in an `nn.Module`, `nn.MSELoss` measures the error,
and `torch.optim.SGD` updates the weights. Two translations matter for getting the same run.

- `nn.Linear(3, 4)` stores its weight as 4×3 (outputs × inputs) and computes `x @ weight.T`, so
  the NumPy-drawn 3×4 matrix is copied in transposed; `bias=False` because the network has no
  bias terms.
- `nn.MSELoss()` averages the four squared errors, while the hand-written update follows
  `0.5 * sum((y - output) ** 2)`. With four outputs the mean is half of that loss, so its
  gradient is half as large, and a learning rate of 2 gives the same step. Both factors are
  powers of two, so the rescaling itself loses nothing to rounding.

With those, the trained weights and outputs equal the hand-written run's.
"""
# /// pair
# title = "The three-layer network as an nn.Module trained by torch.optim.SGD"
# expect = "equal"
# same_dtype = true
# rtol = 1e-10
# atol = 1e-12
# order = 18
# timeout = 300
# see = ["walkthrough/three-layer-autograd"]
# numpy_call = "w_hidden += X.T @ hidden_delta"
# torch_call = "nn.MSELoss()(model(X), y).backward(); optimizer.step()  # SGD, lr=2.0"
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
