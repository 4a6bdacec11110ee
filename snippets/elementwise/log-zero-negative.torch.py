import torch

x = torch.tensor([0.0, -1.0, 1.0], dtype=torch.float64)
result = torch.log(x)
print(result)
