import torch

x = torch.tensor([1.0, float("nan"), 3.0], dtype=torch.float64)
result = torch.nanmax(x)
print(result)
