import torch

t = torch.tensor([[10, 30, 20], [60, 40, 50]])
t.scatter_(1, torch.tensor([[1, 2]]), torch.tensor([[7, 8]]))
result = t
print(result)
