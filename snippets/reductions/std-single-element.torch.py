import torch

x = torch.tensor([5.0], dtype=torch.float64)
result = x.std()
print(result)
