import torch

t = torch.arange(24).reshape(2, 3, 4)
reordered = t.permute(1, 0, 2)
reversed_axes = torch.permute(t, (2, 1, 0))
print(reordered.shape, reversed_axes.shape)
result = (reordered, reversed_axes)
