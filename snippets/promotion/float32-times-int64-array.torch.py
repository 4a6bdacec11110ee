import torch

x = torch.tensor([0.5, 1.5, 2.5])
n = torch.tensor([2, 4, 6])
result = x * n
print(result, result.dtype)
