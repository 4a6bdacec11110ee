import torch

t = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
t.fill_(7)
n = torch.tensor([1, 2, 3])
n.fill_(2.9)
result = (t, n)
print(result)
