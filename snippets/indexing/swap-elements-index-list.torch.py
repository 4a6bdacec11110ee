import torch

t = torch.tensor([10, 20, 30])
t[[0, 2]] = t[[2, 0]]
result = t
print(result)
