import torch

a = torch.tensor([5, -5, 6])
b = torch.tensor([0, 0, 4])
zero = b == 0
safe = torch.where(zero, 1, b)
result = {"//": torch.where(zero, 0, a // safe), "%": torch.where(zero, 0, a % safe)}
print(result)
