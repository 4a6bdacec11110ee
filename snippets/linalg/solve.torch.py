import torch

A = torch.tensor([[3.0, 1.0], [1.0, 2.0]], dtype=torch.float64)
b = torch.tensor([9.0, 8.0], dtype=torch.float64)
B = torch.tensor([[9.0, 1.0], [8.0, 0.0]], dtype=torch.float64)
x = torch.linalg.solve(A, b)
print(x, torch.allclose(A @ x, b))
result = (x, torch.linalg.solve(A, B))
