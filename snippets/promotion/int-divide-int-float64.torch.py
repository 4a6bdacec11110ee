import torch

a = torch.tensor([1, 2, 7])
b = torch.tensor([3, 3, 3])
result = a.to(torch.float64) / b
print(result, result.dtype)
