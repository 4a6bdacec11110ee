import torch

result = torch.linspace(0, 1, 5, dtype=torch.float64)
print(result)
