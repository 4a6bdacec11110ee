import torch

t = torch.tensor([1, 2, 3])
half = torch.tensor(0.5, dtype=torch.float64)
result = t + half
print(result, result.dtype)
