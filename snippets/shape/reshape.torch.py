import torch

t = torch.arange(12)
b = t.reshape(3, -1)
c = torch.reshape(t, (2, 3, 2))
print(b.shape, c.shape)
result = (b, c)
