import torch

t = torch.zeros(2, 3, dtype=torch.float64)
print(t.stride())
result = t.stride()
