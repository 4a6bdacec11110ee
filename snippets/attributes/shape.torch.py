import torch

t = torch.zeros(2, 3, 4)
rows, cols, depth = t.shape
print(t.shape, type(t.shape).__name__, isinstance(t.shape, tuple))
print(t.shape == (2, 3, 4), rows, cols, depth)
result = t.shape
