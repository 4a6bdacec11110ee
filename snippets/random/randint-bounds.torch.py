import torch

torch.manual_seed(0)
x = torch.randint(0, 6, (10_000,))
result = torch.unique(x)
print(result, x.dtype)
