import torch

t = torch.arange(6)
try:
    t.reshape(4, 2)
    result = "reshaped"
except RuntimeError as error:
    print(type(error).__name__, error)
    result = "caught"
