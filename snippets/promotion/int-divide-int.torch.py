import torch

a = torch.tensor([1, 2, 7])
b = torch.tensor([3, 3, 3])
result = a / b
print(result, result.dtype)
