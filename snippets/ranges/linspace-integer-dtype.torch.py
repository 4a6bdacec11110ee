import torch

print(torch.linspace(-1, 1, 5, dtype=torch.float64))
result = torch.linspace(-1, 1, 5, dtype=torch.int64)
print(result)
