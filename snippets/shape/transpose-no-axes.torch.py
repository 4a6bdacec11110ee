import torch

t = torch.arange(24).reshape(2, 3, 4)
result = torch.transpose(t)
print(result.shape)
