import torch

torch.manual_seed(0)
result = torch.randint(0, 6, 5).shape
print(result)
