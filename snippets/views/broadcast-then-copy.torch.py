import torch

v = torch.arange(4)
grid = v.expand(3, 4).clone()
grid[0, 0] = 9
result = (v, grid)
print(v)
print(grid)
