import torch

A = torch.tensor([[[3.0, 1.0], [1.0, 2.0]], [[2.0, 0.0], [0.0, 4.0]]], dtype=torch.float64)
b = torch.tensor([[9.0, 8.0], [2.0, 8.0]], dtype=torch.float64)
result = {
    "vector per matrix": torch.linalg.solve(A, b.unsqueeze(-1)).squeeze(-1),
    "shared matrix": torch.linalg.solve(A, b.expand(len(A), -1, -1)),
}
print(result)
