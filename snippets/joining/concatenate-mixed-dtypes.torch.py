import torch

ints = torch.tensor([1, 2, 3])
floats = torch.tensor([0.5, 1.5], dtype=torch.float32)
result = torch.cat([ints, floats])
print(result, result.dtype)
