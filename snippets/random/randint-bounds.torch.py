import torch

torch.manual_seed(0)
n = 10_000
x = torch.randint(0, 6, (n,))
result = torch.unique(x)
print(result, x.dtype)
