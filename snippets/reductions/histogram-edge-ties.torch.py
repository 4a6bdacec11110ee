import torch

y = torch.tensor([0.1, 0.5, 0.3, 0.9, 0.7, 0.2], dtype=torch.float64)
counts, edges = torch.histogram(y, bins=4)
print(counts, edges.tolist())
result = (counts, edges)
