import torch

t = torch.zeros(2, 3, 4, dtype=torch.float64)
last = torch.movedim(t, 0, -1)
several = torch.moveaxis(t, [0, 1], [2, 0])
print(last.shape, several.shape)
result = (last, several)
