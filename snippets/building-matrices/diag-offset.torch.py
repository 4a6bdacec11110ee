import torch

v = torch.tensor([1, 2, 3])
above = torch.diag(v, diagonal=1)
below = torch.diag(v, -1)
back = torch.diag(above, diagonal=1)
print(above)
print(back)
result = (above, below, back)
