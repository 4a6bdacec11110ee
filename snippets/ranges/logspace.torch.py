import torch

result = torch.logspace(0, 3, 4, dtype=torch.float64)
print(result)
