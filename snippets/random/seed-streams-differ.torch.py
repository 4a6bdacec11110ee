import torch

torch.manual_seed(0)
result = torch.rand(4, dtype=torch.float64)
print(result)
