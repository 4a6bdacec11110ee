import torch

a = torch.tensor([[1, 2], [3, 4]])
inside = torch.isin(a, torch.tensor([2, 3]))
outside = torch.isin(a, torch.tensor([2, 3]), invert=True)
print(inside)
result = (inside, outside)
