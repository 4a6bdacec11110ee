import numpy as np
import torch

X = torch.tensor([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=torch.float64)
y = torch.tensor([[0, 1, 1, 0]], dtype=torch.float64).T

np.random.seed(1)
w_hidden = torch.from_numpy(2 * np.random.random((3, 4)) - 1)
w_output = torch.from_numpy(2 * np.random.random((4, 1)) - 1)

errors = []
for step in range(60_000):
    hidden = torch.sigmoid(X @ w_hidden)
    output = torch.sigmoid(hidden @ w_output)
    error = y - output
    if step % 10_000 == 0:
        mae = error.abs().mean().item()
        errors.append(mae)
        print(f"step {step:>6}: mean absolute error {mae:.10f}")
    output_delta = error * output * (1 - output)
    hidden_delta = (output_delta @ w_output.T) * hidden * (1 - hidden)
    w_output += hidden.T @ output_delta
    w_hidden += X.T @ hidden_delta

print("output:", output.ravel())
result = {"w_hidden": w_hidden, "w_output": w_output, "output": output.ravel(), "errors": errors}
