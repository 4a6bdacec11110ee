import torch

a = torch.arange(5)
picked = a[[0, 2]]
picked[:] = -1
masked = a[a > 2]
masked[:] = -1
result = (a, picked, masked)
print(a, picked, masked)
