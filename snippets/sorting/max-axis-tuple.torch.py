import torch

m = torch.tensor([[4, 1, 7], [9, 2, 3]])
result = torch.max(m, dim=1)
print(type(result).__name__)
print(result)
