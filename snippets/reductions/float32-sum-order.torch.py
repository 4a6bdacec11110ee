import torch

x = torch.full((10_000_000,), 0.1)
result = x.sum()
print(result, result.dtype)
