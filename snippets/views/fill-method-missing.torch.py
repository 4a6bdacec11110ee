import torch

t = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
t.fill(0)
result = t
print(result)
