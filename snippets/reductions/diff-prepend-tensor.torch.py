import torch

totals = torch.tensor([1, 4, 9, 16, 25])
result = torch.diff(totals, prepend=torch.tensor([0]))
print(result)
