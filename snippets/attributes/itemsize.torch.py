import torch

t = torch.zeros(5, dtype=torch.float32)
u = torch.zeros(5, dtype=torch.int16)
print(t.element_size(), t.itemsize, t.dtype.itemsize, u.element_size())
result = (t.element_size(), t.dtype.itemsize, u.itemsize)
