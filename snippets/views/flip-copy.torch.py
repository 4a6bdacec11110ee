import torch

a = torch.arange(4)
r = torch.flip(a, dims=[0])
r[0] = 100
result = (a, r)
print(a, r)
