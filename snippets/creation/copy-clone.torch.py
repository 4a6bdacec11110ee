import torch

t = torch.tensor([1, 2, 3])
b = t.clone()
b[0] = 100
c = torch.clone(t)
print(t, b, c)
result = (t, b, c)
