import torch

t = torch.tensor([1.0, 2.0])
try:
    result = t.item()
except RuntimeError as error:
    print(type(error).__name__, error)
    result = "refused"
