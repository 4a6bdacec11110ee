import torch

t = torch.zeros(2, 3, dtype=torch.int64)
t.put_(torch.tensor([0, 4, -1]), torch.tensor([7, 8, 9]))
print(t)
result = t
