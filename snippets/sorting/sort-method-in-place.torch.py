import torch

a = torch.tensor([5, 2, 9, 1, 7])
returned = a.sort()
print("returned:", returned)
print("a after:", a)
result = a
