import torch

a = torch.arange(4)
r = a.flip(0)
r[0] = 100
a.copy_(r.flip(0))
result = a
print(result)
