import torch

m = torch.tensor([[1, 2], [3, 4]])
plain = torch.diagflat(m)
shifted = torch.diagflat(m, offset=1)
print(shifted)
result = (plain, shifted)
