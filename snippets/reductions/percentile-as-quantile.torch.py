import torch

x = torch.tensor([7.0, 1.0, 4.0, 2.0, 9.0, 5.0], dtype=torch.float64)
result = torch.quantile(x, 50)
print(result)
