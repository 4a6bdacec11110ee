import torch

x = torch.tensor([2.675, 0.125, 1234.5678], dtype=torch.float64)
result = torch.round(x, 2)
print(result)
