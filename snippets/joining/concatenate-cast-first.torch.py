import torch

ints = torch.tensor([1, 2, 3])
floats = torch.tensor([0.5, 1.5], dtype=torch.float32)
result = torch.cat([ints.double(), floats.double()])
print(result, result.dtype)
