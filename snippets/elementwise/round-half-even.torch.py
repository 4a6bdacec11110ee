import torch

x = torch.tensor([0.5, 1.5, 2.5, -0.5, -1.5, 2.6], dtype=torch.float64)
result = torch.round(x)
print(result)
