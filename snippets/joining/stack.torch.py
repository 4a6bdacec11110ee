import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])
first = torch.stack([a, b])
last = torch.stack([a, b], dim=1)
print(first.shape, last.shape)
result = (first, last)
