import torch

t = torch.zeros(6, dtype=torch.int64)
idx = torch.tensor([0, 1, 2, 4, 5])
values = torch.tensor([8, 9])
t.put_(idx, values[torch.arange(len(idx)) % len(values)])
print(t)
result = t
