import torch

t = torch.arange(3)
front = t.unsqueeze(0)
back = torch.unsqueeze(t, -1)
indexed = t[:, None]
print(front.shape, back.shape, indexed.shape)
result = (front, back, indexed)
