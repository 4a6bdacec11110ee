import torch

t32 = torch.tensor([1, 2, 3], dtype=torch.int32)
t64 = torch.tensor([10, 20, 30], dtype=torch.int64)
result = t32 + t64
print(result, result.dtype)
