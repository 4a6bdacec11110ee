import torch

a = torch.tensor([7, -7, 1])
b = torch.tensor([2, 2, 3])
result = a / b
print(result, result.dtype)
