import torch

a = torch.arange(12.0, dtype=torch.float64).reshape(2, 2, 3)
result = torch.trace(a)
print(result)
