import torch

a = torch.tensor([1, 2, 4])
try:
    result = a ** -1
except RuntimeError as error:
    print(type(error).__name__, error)
    result = "refused"
