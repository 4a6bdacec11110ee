import torch

x = torch.tensor([1, 2, 0], dtype=torch.uint8)
result = (torch.all(x.bool()), torch.any(x.bool()))
print(result, result[0].dtype)
