import torch

A = torch.full((2, 2), 1)
B = torch.full((2, 3), 2)
C = torch.full((1, 2), 3)
D = torch.full((1, 3), 4)
result = torch.cat([torch.cat([A, B], dim=1), torch.cat([C, D], dim=1)], dim=0)
print(result)
