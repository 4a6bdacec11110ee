import torch

ones = torch.ones(3, 4, dtype=torch.float64)
above = ones.triu(1).tril(1)
below = ones.triu(-2).tril(-2)
print(above)
print(below)
result = (above, below)
