import torch

a = torch.zeros(2)
b = torch.zeros(3)
result = torch.stack([a, b])
