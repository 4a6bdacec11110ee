import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])
d = torch.dstack([a, b])
c = torch.column_stack([a, b])
print(d.shape, c.shape)
result = (d, c)
