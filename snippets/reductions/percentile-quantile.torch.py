import torch

x = torch.tensor([7.0, 1.0, 4.0, 2.0, 9.0, 5.0], dtype=torch.float64)
q = torch.tensor([0.25, 0.5, 0.9], dtype=x.dtype)
result = torch.quantile(x, q)
print(result)
