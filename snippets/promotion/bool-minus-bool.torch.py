import torch

m = torch.tensor([True, True, False, False])
n = torch.tensor([True, False, True, False])
result = m - n
