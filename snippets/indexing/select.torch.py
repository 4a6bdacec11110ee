import torch

x = torch.arange(-3, 4)
result = torch.where(x < 0, -x, torch.where(x < 2, x * 10, 99))
print(result)
