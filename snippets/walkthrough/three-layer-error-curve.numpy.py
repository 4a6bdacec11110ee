"""The mean absolute error of the three-layer network at every one of its 60,000 iterations, drawn
on logarithmic axes: it stays close to its first value,
{{walkthrough/three-layer-error-curve numpy.result[0]:.2f}}, for about the first hundred iterations,
then falls by two orders of magnitude and ends near
{{walkthrough/three-layer-error-curve numpy.result[-1]:.2g}}.

The PyTorch side draws its own curve and, over it, the NumPy run's. It gets the NumPy curve by
running the same `train` function on NumPy arrays: the loop uses only `@`, arithmetic, `.T`,
`abs()` and `.mean()`, which arrays and tensors both provide. The two curves lie on top of each
other; the compared results are the two error curves.
"""
# /// pair
# title = "The training error of the NumPy and the PyTorch run"
# expect = "equal"
# same_dtype = true
# rtol = 1e-10
# atol = 1e-12
# order = 19
# timeout = 300
# see = ["walkthrough/three-layer-network"]
# numpy_call = "np.mean(np.abs(error))"
# torch_call = "train(*tensors, torch.sigmoid)  # train() records float(abs(error).mean())"
# ///
import matplotlib.pyplot as plt
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.float64)
y = np.array([[0, 1, 1, 0]], dtype=np.float64).T

np.random.seed(1)
w_hidden = 2 * np.random.random((3, 4)) - 1
w_output = 2 * np.random.random((4, 1)) - 1

errors = np.empty(60_000)
for step in range(60_000):
    hidden = 1 / (1 + np.exp(-(X @ w_hidden)))
    output = 1 / (1 + np.exp(-(hidden @ w_output)))
    error = y - output
    errors[step] = np.mean(np.abs(error))
    output_delta = error * output * (1 - output)
    hidden_delta = (output_delta @ w_output.T) * hidden * (1 - hidden)
    w_output += hidden.T @ output_delta
    w_hidden += X.T @ hidden_delta

print("final mean absolute error:", errors[-1])
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(np.arange(1, 60_001), errors, label="NumPy")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("iteration")
ax.set_ylabel("mean absolute error")
ax.set_title("Three-layer network: training error")
ax.legend()
result = errors
