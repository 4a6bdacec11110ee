import torch

t = torch.arange(6)
alias = t
t = t.view(2, 3)
result = t
print(result)
print(alias.shape)
