import torch

t = torch.arange(6).reshape(2, 3)
t.ravel()[0] = 100
t.T.ravel()[1] = -1
print(t)
result = t
