import torch

t = torch.arange(6).reshape(2, 3)
result = torch.roll(t, 1, axis=0)
print(result)
