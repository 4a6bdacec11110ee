import torch

t = torch.zeros(1, 3, 1, 2, dtype=torch.float64)
every = torch.squeeze(t)
first = t.squeeze(0)
two = t.squeeze((0, 2))
print(every.shape, first.shape, two.shape)
result = (every, first, two)
