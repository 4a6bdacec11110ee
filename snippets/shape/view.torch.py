import torch

t = torch.arange(6)
b = t.view(3, 2)
b[0, 0] = 100
print(b)
print(t)
result = (b, t)
