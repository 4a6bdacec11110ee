import torch

X = torch.tensor([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
v = torch.tensor([10, 20, 30, 40])
try:
    result = X + v
except RuntimeError as error:
    print(type(error).__name__, error)
    result = "refused"
