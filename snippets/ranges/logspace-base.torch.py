import torch

result = torch.logspace(-2, 3, 6, base=2, dtype=torch.float64)
print(result)
