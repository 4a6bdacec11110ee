import torch

x = torch.arange(6).reshape(2, 3)
result = torch.unbind(x, dim=1)
print(result)
