import torch

X = torch.tensor([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
column = torch.tensor([[10], [20], [30], [40]])
wide = column.expand(4, 3)
print(wide.stride())
result = X + wide
