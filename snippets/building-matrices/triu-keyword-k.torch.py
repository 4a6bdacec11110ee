import torch

M = torch.arange(1, 13).reshape(3, 4)
result = torch.triu(M, k=1)
print(result)
