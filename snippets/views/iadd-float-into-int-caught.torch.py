import torch

a = torch.arange(4)
try:
    a += 1.5
    result = "done"
except RuntimeError as error:
    print(type(error).__name__, error)
    result = "refused"
