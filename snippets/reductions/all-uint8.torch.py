import torch

a = torch.tensor([[1, 0, 255], [2, 0, 0]], dtype=torch.uint8)
result = torch.all(a, dim=0)
print(result, result.dtype)
