import torch

points = torch.linspace(1e8, 1e8 + 10, 11, dtype=torch.float64)
print(points - 1e8)
result = (points, len(torch.unique(points)))
