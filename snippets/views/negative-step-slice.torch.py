import torch

a = torch.arange(4)
result = a[::-1]
print(result)
