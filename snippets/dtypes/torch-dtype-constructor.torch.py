import torch

result = torch.zeros(3, dtype=torch.float32)
print(result, result.dtype)
