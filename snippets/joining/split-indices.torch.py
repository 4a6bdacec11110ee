import torch

x = torch.arange(7)
result = torch.split(x, [2, 5])
print(result)
