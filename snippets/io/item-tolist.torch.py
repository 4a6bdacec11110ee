import torch

t = torch.tensor([[1.5, 2.0], [3.0, 4.25]])
total = t.sum().item()
rows = t.tolist()
print(type(total).__name__, total)
print(type(rows[0][0]).__name__, rows)
result = (total, rows)
