import torch

t = torch.arange(12).reshape(3, 4)
print(t[1, -1], t[-1])
print(t[:, 1:3])
print(t[::2, ::3])
result = (t[1, -1], t[-1], t[:, 1:3], t[::2, ::3])
