import torch

a = torch.tensor([1, 2, 2, 3, 3, 3])
result = torch.histc(a.double(), bins=3)
print(result, result.dtype)
