import torch

result = torch.arange(10, 0, -3)
print(result)
