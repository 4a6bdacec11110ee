import torch

x = torch.tensor([1, -2, 3])
try:
    result = "positive" if x > 0 else "not positive"
except RuntimeError as error:
    print(type(error).__name__, error)
    result = "refused"
