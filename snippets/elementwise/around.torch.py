import torch

x = torch.tensor([0.5, 1.5, 2.5, -0.5, 1.2345], dtype=torch.float64)
result = {"integers": torch.round(x), "two_decimals": torch.round(x, decimals=2)}
print(result)
