import torch

a = torch.tensor([1, 2, 3, 4])
result = torch.quantile(a.double(), 0.5)
print(result)
