import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)
v = torch.tensor([1.0, -1.0], dtype=torch.float64)
result = torch.dot(A, v)
print(result)
