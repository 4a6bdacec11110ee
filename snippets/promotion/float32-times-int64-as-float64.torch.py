import torch

x = torch.tensor([0.5, 1.5, 2.5])
n = torch.tensor([2, 4, 6])
print(torch.promote_types(torch.float32, torch.int64))
result = x.to(torch.float64) * n
print(result, result.dtype)
