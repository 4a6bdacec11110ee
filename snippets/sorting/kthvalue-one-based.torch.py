import torch

a = torch.tensor([7, 2, 9, 4, 1, 8])
k = 2
result = torch.kthvalue(a, k).values
print(result)
