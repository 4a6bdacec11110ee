import torch

keys = torch.tensor([2, 1, 0, 1, 2])
result = torch.argsort(keys, kind="stable")
print(result)
