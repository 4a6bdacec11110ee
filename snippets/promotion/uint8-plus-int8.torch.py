import torch

u = torch.tensor([200, 10], dtype=torch.uint8)
s = torch.tensor([-1, -20], dtype=torch.int8)
print(torch.promote_types(torch.uint8, torch.int8))
result = u + s
print(result, result.dtype)
