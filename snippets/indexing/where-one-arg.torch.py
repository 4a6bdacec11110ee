import torch

t = torch.tensor([[0, 3, 0], [5, 0, 6]])
rows, cols = torch.where(t > 0)
print(rows, cols, t[rows, cols])
result = torch.where(t > 0)
