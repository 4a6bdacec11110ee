import torch

t = torch.arange(6).reshape(2, 3)
flat = t.flatten()
flat[0] = 100
print(t)
result = t
