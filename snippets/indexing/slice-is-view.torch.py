import torch

t = torch.zeros(3, 3, dtype=torch.int64)
view = t[1:, :2]
view[:] = 7
independent = t[:1].clone()
independent[:] = -1
print(t)
result = t
