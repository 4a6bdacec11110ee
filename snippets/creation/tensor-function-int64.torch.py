import torch

result = torch.tensor([1, 2, 16777217])
print(result, result.dtype)
