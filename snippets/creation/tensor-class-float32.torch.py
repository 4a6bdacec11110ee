import torch

result = torch.Tensor([1, 2, 16777217])
print(result, result.dtype)
