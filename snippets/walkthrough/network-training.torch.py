import numpy as np
import torch

X = torch.tensor([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=torch.float64)
y = torch.tensor([[0, 0, 1, 1]], dtype=torch.float64).T

np.random.seed(1)
weights = torch.from_numpy(2 * np.random.random((3, 1)) - 1)
print("initial weights:", weights.ravel())

for _ in range(10_000):
    output = torch.sigmoid(X @ weights)
    error = y - output
    delta = error * output * (1 - output)
    weights += X.T @ delta

print("trained weights:", weights.ravel())
print("output:", output.ravel())
result = {"weights": weights, "output": output.ravel()}
