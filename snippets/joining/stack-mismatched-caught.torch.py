import torch

a = torch.zeros(2)
b = torch.zeros(3)
try:
    result = torch.stack([a, b])
except RuntimeError as error:
    print(type(error).__name__, error)
    result = "refused"
