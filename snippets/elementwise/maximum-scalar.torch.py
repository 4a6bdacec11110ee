import torch

a = torch.tensor([1, 5, 2, 7])
result = torch.maximum(a, 3)
print(result)
