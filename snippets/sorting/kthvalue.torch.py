import torch

a = torch.tensor([7, 2, 9, 4, 1, 8])
k = 2
value, position = torch.kthvalue(a, k + 1)
print(value, position)
result = (value, position)
