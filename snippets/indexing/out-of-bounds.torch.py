import torch

t = torch.arange(3)
print(t[1:10])
result = t[3]
