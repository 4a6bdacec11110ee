import torch

result = torch.linspace(0, 1, 50, dtype=torch.float64)
print(result.shape, result[:3])
