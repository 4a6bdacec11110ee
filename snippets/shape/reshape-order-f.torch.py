import torch

t = torch.arange(6).reshape(2, 3)
result = t.T.reshape(2, 3).T
print(result)
