import torch

result = torch.arange(0, 5, 1.5, dtype=torch.float64).long()
print(result)
