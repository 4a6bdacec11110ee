import torch

A = torch.tensor([[1.0, -2.0], [3.0, 4.0]], dtype=torch.float64)
result = {"2": torch.norm(A, 2), "1": torch.norm(A, 1), "inf": torch.norm(A, float("inf"))}
print(result)
