import torch

a = torch.tensor([-2, -1, 1, 2, 3])
result = torch.reciprocal(a)
print(result, result.dtype)
