import torch

t = torch.tensor([10, 20, 30])
t[0], t[2] = t[2], t[0]
result = t
print(result)
