import torch

x = torch.arange(6)
result = torch.chunk(x, 4)
print(result)
