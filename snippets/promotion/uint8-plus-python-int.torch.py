import torch

u = torch.tensor([200, 10], dtype=torch.uint8)
result = u + 100
print(result, result.dtype)
