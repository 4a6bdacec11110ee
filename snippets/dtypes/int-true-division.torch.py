import torch

counts = torch.tensor([1, 2, 10])
result = counts / 3
print(result, result.dtype)
