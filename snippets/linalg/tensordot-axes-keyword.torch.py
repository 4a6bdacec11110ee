import torch

a = torch.arange(6.0, dtype=torch.float64).reshape(2, 3)
b = torch.arange(6.0, dtype=torch.float64).reshape(3, 2)
result = torch.tensordot(a, b, axes=1)
print(result)
