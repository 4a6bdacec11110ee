import torch

t = torch.arange(6).reshape(2, 3)
flat = t.flatten().clone()
flat[0] = 100
print(flat)
print(t)
result = (flat, t)
