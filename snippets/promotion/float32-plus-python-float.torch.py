import torch

x = torch.tensor([1.0, 2.0, 3.0])
result = x * 0.1
print(result, result.dtype)
