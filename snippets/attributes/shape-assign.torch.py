import torch

t = torch.arange(6)
t.shape = (2, 3)
result = t
print(result)
