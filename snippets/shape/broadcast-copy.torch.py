import torch

t = torch.tensor([1, 2, 3])
wide = t.expand(2, 3).clone()
wide[0, 0] = 9
result = (wide, t)
print(wide)
print(t)
