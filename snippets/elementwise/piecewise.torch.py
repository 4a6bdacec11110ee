import torch

x = torch.linspace(-2.0, 2.0, 9, dtype=torch.float64)
result = torch.where(x < 0, -x, torch.where(x < 1, x**2, 1.0))
print(result)
