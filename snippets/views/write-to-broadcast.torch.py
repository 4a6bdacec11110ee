import torch

v = torch.arange(4)
grid = v.expand(3, 4)
grid[0, 0] = 9
result = grid
print(result)
print(v)
