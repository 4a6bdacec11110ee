import torch

a = torch.tensor([7, -7, 7, -7])
b = torch.tensor([2, 2, -2, -2])
result = {"int": a // b, "float": a.to(torch.float64) // b}
print(result)
