import torch

a = torch.arange(4)
a += 1.5
result = a
