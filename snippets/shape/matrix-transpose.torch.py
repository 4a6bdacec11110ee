import torch

t = torch.arange(24).reshape(2, 3, 4)
result = t.mT
print(result.shape)
