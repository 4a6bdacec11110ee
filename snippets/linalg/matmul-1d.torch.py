import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)
v = torch.tensor([1.0, -1.0], dtype=torch.float64)
result = (A @ v, v @ A, torch.matmul(v, v))
for part in result:
    print(part, part.shape)
