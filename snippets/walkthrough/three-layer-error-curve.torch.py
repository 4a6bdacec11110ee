import matplotlib.pyplot as plt
import numpy as np
import torch


def train(X, y, w_hidden, w_output, sigmoid):
    """Train in place; return the mean absolute error of every iteration."""
    errors = []
    for _ in range(60_000):
        hidden = sigmoid(X @ w_hidden)
        output = sigmoid(hidden @ w_output)
        error = y - output
        errors.append(float(abs(error).mean()))
        output_delta = error * output * (1 - output)
        hidden_delta = (output_delta @ w_output.T) * hidden * (1 - hidden)
        w_output += hidden.T @ output_delta
        w_hidden += X.T @ hidden_delta
    return np.array(errors)


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.float64)
y = np.array([[0, 1, 1, 0]], dtype=np.float64).T
np.random.seed(1)
w_hidden = 2 * np.random.random((3, 4)) - 1
w_output = 2 * np.random.random((4, 1)) - 1

# torch.from_numpy shares memory with the array: give each run its own copy.
tensors = [torch.from_numpy(a.copy()) for a in (X, y, w_hidden, w_output)]
torch_errors = train(*tensors, torch.sigmoid)
numpy_errors = train(
    X,
    y,
    w_hidden.copy(),
    w_output.copy(),
    lambda z: 1 / (1 + np.exp(-z)),
)

print("final mean absolute error:", torch_errors[-1])
iterations = np.arange(1, 60_001)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(iterations, torch_errors, linewidth=4, alpha=0.5, label="PyTorch")
ax.plot(iterations, numpy_errors, linestyle="--", color="black", label="NumPy")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("iteration")
ax.set_ylabel("mean absolute error")
ax.set_title("Three-layer network: training error, both runs")
ax.legend()
result = torch_errors
