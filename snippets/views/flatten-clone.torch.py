import torch

a = torch.arange(6).reshape(2, 3)
flat = a.flatten().clone()
flat[0] = 100
result = (a, flat)
print(a)
print(flat)
