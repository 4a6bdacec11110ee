import torch

t = torch.tensor([1, 2, 3])
result = t.to(torch.float64) + 0.5
print(result, result.dtype)
