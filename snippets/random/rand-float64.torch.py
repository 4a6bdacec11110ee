import torch

torch.manual_seed(0)
result = (torch.rand(3, dtype=torch.float64).dtype, torch.randn(3, dtype=torch.float64).dtype)
print(result)
