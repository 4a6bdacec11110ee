import torch

m = torch.tensor([[1, 2], [0, 5], [1, 2], [0, 3]])
rows, counts = torch.unique(m, dim=0, return_counts=True)
print(rows)
print(counts)
result = (rows, counts)
