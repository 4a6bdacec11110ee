import torch

t = torch.arange(24.0, dtype=torch.float64).reshape(2, 3, 4)
last = torch.movedim(t, 0, -1)
several = torch.moveaxis(t, [0, 1], [2, 0])
print(last.shape, several.shape)
result = (last, several)
