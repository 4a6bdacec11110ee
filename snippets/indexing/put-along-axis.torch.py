import torch

t = torch.tensor([[10, 30, 20], [60, 40, 50]])
first = t.clone()
first.scatter_(1, torch.tensor([[1], [0]]), 99)
second = t.clone()
idx = torch.tensor([[1, 2]])
values = torch.tensor([[7, 8]])
second.scatter_(1, idx.expand(len(t), -1), values.expand(len(t), -1))
result = (first, second)
print(first)
print(second)
