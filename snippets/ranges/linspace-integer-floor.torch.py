import torch

result = torch.linspace(-1, 1, 5, dtype=torch.float64).floor().long()
print(result)
