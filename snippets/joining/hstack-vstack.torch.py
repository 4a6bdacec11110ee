import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])
h = torch.hstack([a, b])
v = torch.vstack([a, b])
m = torch.hstack([v, v])
print(h.shape, v.shape, m.shape)
result = (h, v, m)
