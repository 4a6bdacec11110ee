import torch

a = torch.arange(6)
b = a[1:3]
b[:] = 0
result = a
print(result)
