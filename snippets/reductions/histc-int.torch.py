import torch

a = torch.tensor([1, 2, 2, 3, 3, 3])
result = torch.histc(a, bins=3)
print(result)
