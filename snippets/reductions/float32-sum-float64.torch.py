import torch

x = torch.full((10_000_000,), 0.1)
result = x.sum(dtype=torch.float64)
print(result.item())
