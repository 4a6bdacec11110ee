import torch

t = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
b = t.to(torch.float64)
b[0] = 99.0
print(b is t)
result = t
print(result)
