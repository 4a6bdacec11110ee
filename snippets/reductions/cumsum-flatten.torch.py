import torch

m = torch.tensor([[1, 2, 3], [4, 5, 6]])
flat = torch.cumsum(m.flatten(), dim=0)
rows = torch.cumsum(m, dim=1)
print(flat)
result = (flat, rows)
