import torch

t = torch.tensor([1, 2, 3])
result = t.astype(torch.float32)
print(result, result.dtype)
