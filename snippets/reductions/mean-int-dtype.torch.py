import torch

a = torch.tensor([1, 2, 4])
result = torch.mean(a, dtype=torch.float64)
print(result, result.dtype)
