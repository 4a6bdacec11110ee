import torch

counts = torch.tensor([1, 2, 10])
result = counts.double() / 3
print(result, result.dtype)
