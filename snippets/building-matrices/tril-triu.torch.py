import torch

M = torch.arange(1, 13).reshape(3, 4)
lower = M.tril()
strictly_lower = torch.tril(M, -1)
upper = torch.triu(M, diagonal=1)
print(strictly_lower)
print(upper)
result = (lower, strictly_lower, upper)
