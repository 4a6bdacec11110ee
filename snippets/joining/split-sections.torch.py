import torch

x = torch.arange(6)
result = torch.split(x, 3)
print(result)
