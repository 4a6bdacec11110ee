import torch

x = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]], dtype=torch.float64)
result = torch.where(x > 0, x, torch.tensor([0.0, 0.5, 1.0], dtype=torch.float64))
print(result)
