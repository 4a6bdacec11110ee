import torch

t = torch.arange(6).reshape(2, 3)
tt = t.T
tt[2, 0] = 100
print(tt.shape)
print(t)
result = (tt, t)
