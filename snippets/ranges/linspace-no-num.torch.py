import torch

result = torch.linspace(0, 1)
print(result.shape, result[:3])
