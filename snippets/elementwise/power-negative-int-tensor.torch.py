import torch

a = torch.tensor([2, 3, 4])
e = torch.tensor([-1, 2, -2])
result = torch.pow(a, e)
print(result)
