import torch

rows = torch.tensor([0, 1, 2])
cols = torch.tensor([3, 0, 1])
grid = torch.stack(torch.meshgrid(torch.arange(2), torch.arange(3), indexing="ij"))
result = {"indices": grid, "flat": rows * 4 + cols}
print(result)
