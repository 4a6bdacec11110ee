import torch

a = torch.zeros(4, dtype=torch.int64)
a[[0, 0, 1]] += 1
result = a
print(result)
