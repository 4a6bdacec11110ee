import torch

a = torch.arange(6).reshape(2, 3)
result = a.T.reshape(-1)
print(result)
