import torch

a = torch.arange(4.0)
small = torch.zeros(2)
torch.add(a, 1, out=small)
result = small
print(result)
