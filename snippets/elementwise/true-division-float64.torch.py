import torch

a = torch.tensor([7, -7, 1])
b = torch.tensor([2, 2, 3])
result = a.to(torch.float64) / b
print(result, result.dtype)
