import torch

m = torch.tensor([True, True, False, False])
n = torch.tensor([True, False, True, False])
try:
    result = m - n
except RuntimeError as error:
    print(type(error).__name__, error)
    result = "refused"
