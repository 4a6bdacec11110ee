import torch

t = torch.tensor([1, 2, 3])
result = torch.where(t != 2, t.double(), 0.5)
print(result, result.dtype)
