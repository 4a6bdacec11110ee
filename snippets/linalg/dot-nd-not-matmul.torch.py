import torch

a = torch.arange(24.0, dtype=torch.float64).reshape(2, 3, 4)
b = torch.arange(24.0, dtype=torch.float64).reshape(2, 4, 3)
result = torch.matmul(a, b)
print(result.shape)
