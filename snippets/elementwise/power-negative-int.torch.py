import torch

a = torch.tensor([1, 2, 4])
result = a ** -1
