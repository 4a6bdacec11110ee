import torch

x = torch.tensor([4.0, 1.0, 3.0, 2.0], dtype=torch.float64)
result = torch.quantile(x, 0.5)
print(result)
