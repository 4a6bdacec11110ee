import torch

x = torch.tensor([2.675, 0.125, 1234.5678], dtype=torch.float64)
result = {"2": torch.round(x, decimals=2), "-2": torch.round(x, decimals=-2)}
print(result)
