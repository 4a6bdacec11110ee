import torch

t = torch.arange(3)
result = torch.unsqueeze(t, (0, 2))
print(result.shape)
