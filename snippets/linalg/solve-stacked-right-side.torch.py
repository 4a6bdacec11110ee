import torch

A = torch.tensor([[[3.0, 1.0], [1.0, 2.0]], [[2.0, 0.0], [0.0, 4.0]]], dtype=torch.float64)
b = torch.tensor([[9.0, 8.0], [2.0, 8.0]], dtype=torch.float64)
result = torch.linalg.solve(A, b)
print(result.shape)
print(result)
