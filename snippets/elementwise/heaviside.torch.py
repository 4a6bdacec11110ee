import torch

x = torch.tensor([-2.0, 0.0, 3.0], dtype=torch.float64)
result = torch.heaviside(x, torch.tensor(0.5, dtype=torch.float64))
print(result)
