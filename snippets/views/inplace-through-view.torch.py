import torch

a = torch.arange(6).reshape(2, 3)
col = a[:, 1]
col *= 10
result = a
print(result)
