import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([1, 2])
try:
    result = a == b
except RuntimeError as error:
    print(type(error).__name__, error)
    result = "refused"
