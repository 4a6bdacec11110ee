import torch

result = torch.linspace(0, 1, 6, dtype=torch.float64)[:-1]
print(result)
