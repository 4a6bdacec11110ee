import numpy as np
import torch

X = torch.tensor([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=torch.float32)
y = torch.tensor([[0, 1, 1, 0]], dtype=torch.float32).T

np.random.seed(1)
w_hidden = torch.from_numpy(2 * np.random.random((3, 4)) - 1).float()
w_output = torch.from_numpy(2 * np.random.random((4, 1)) - 1).float()

for _ in range(60_000):
    hidden = torch.sigmoid(X @ w_hidden)
    output = torch.sigmoid(hidden @ w_output)
    error = y - output
    output_delta = error * output * (1 - output)
    hidden_delta = (output_delta @ w_output.T) * hidden * (1 - hidden)
    w_output += hidden.T @ output_delta
    w_hidden += X.T @ hidden_delta

print("output:", output.ravel().numpy())
print("w_output:", w_output.ravel().numpy())
result = {"w_hidden": w_hidden, "w_output": w_output, "output": output.ravel()}
