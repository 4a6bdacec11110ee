import torch

a = torch.tensor([5, 2, 9, 1, 7])
values, indices = torch.sort(a)
print(indices)
result = values
print(result)
