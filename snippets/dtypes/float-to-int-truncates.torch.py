import torch

t = torch.tensor([2.7, -2.7, 0.5, -0.5, 1.999], dtype=torch.float64)
result = t.long()
print(result)
print(torch.floor(t).long())
