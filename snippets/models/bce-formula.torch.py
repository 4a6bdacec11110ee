import torch

p = torch.tensor([0.0, 0.5, 1.0, 0.9], dtype=torch.float64)
y = torch.tensor([1.0, 1.0, 0.0, 1.0], dtype=torch.float64)
result = -(y * torch.log(p) + (1 - y) * torch.log(1 - p))
print(result)
