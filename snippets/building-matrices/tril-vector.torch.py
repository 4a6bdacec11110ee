import torch

v = torch.tensor([1, 2, 3])
result = torch.tril(v)
print(result)
