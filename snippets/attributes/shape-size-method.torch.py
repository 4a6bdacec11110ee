import torch

t = torch.zeros(2, 3, 4)
print(t.size(), t.size(1), t.size(-1))
result = (t.size(), t.size(1), t.size(-1))
