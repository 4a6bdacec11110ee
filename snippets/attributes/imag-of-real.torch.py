import torch

t = torch.tensor([1.5, -2.0, 3.0], dtype=torch.float64)
print(t.real)
result = t.imag
print(result)
