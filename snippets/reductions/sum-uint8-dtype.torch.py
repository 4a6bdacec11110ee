import torch

a = torch.tensor([200, 100, 50], dtype=torch.uint8)
result = a.sum()
print(result, result.dtype)
