import torch

v = torch.tensor([1, 2, 3])
result = v.expand(len(v), len(v)).tril()
print(result)
