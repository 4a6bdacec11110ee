import torch

t = torch.zeros(5, dtype=torch.int64)
t.put_(torch.tensor([1, 2, 3]), torch.tensor([9]))
print(t)
result = t
