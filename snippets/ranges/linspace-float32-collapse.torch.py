import torch

points = torch.linspace(1e8, 1e8 + 10, 11)
print(points - 1e8)
result = len(torch.unique(points))
print(result, "distinct values")
