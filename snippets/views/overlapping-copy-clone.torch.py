import torch

a = torch.arange(5)
a[1:] = a[:-1].clone()
result = a
print(result)
