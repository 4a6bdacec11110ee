import torch

t = torch.zeros(2, 3)
n = t.size()
print(n, type(n).__name__)
result = n
