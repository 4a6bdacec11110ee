import torch

t = torch.arange(5)
result = t[::-1]
print(result)
