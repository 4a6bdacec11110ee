import torch

a = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
c = a.clone()
c[0] = 100.0
result = (a, c)
print(a, c)
