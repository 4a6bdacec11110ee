import torch

t = torch.arange(9).reshape(3, 3)
selected = t[t > 4]
t[t % 2 == 0] = -1
print(selected)
print(t)
result = (selected, t)
