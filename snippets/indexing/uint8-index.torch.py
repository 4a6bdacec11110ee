import torch

t = torch.tensor([10, 20, 30])
idx = torch.tensor([1, 0, 1], dtype=torch.uint8)
result = t[idx]
print(result)
