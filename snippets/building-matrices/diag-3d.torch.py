import torch

stack = torch.ones(2, 3, 3)
result = torch.diag(stack)
