import torch

a = torch.tensor([5, 2, 9, 1, 7])
alias = a
a.copy_(a.sort().values)
print(alias)
result = alias
