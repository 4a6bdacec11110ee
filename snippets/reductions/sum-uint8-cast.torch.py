import torch

a = torch.tensor([200, 100, 50], dtype=torch.uint8)
result = a.sum().to(torch.uint64)
print(result, result.dtype)
