import torch

x = torch.arange(6)
pieces = torch.tensor_split(x, 4)
too_many = torch.tensor_split(torch.arange(2), 3)
print(pieces)
print(too_many)
result = (pieces, too_many)
