import torch

v = torch.tensor([1, 2, 3])
result = torch.diag(v)
print(result)
