import torch

a = torch.tensor([1, 2, 4])
result = torch.mean(a)
print(result, result.dtype)
