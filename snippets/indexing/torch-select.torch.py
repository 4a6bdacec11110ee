import torch

t = torch.arange(12).reshape(3, 4)
column = torch.select(t, 1, 2)
column[0] = -1
print(column)
result = (column, t)
