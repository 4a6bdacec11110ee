import torch

t = torch.zeros(1, 3)
result = torch.squeeze(t, 1)
print(result.shape)
