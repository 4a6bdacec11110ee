import torch

a = torch.tensor([5, -5, 6])
b = torch.tensor([0, 0, 4])
result = a // b
print(result)
