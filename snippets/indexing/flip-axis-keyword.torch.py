import torch

t = torch.arange(6).reshape(2, 3)
print(t.sum(axis=0), t.argmax(axis=1), torch.cat([t, t], axis=1).shape)
result = torch.flip(t, axis=0)
print(result)
