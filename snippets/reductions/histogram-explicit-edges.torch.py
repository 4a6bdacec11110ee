import torch

y = torch.tensor([0.1, 0.5, 0.3, 0.9, 0.7, 0.2], dtype=torch.float64)
edges = torch.tensor([0.1, 0.3, 0.5, 0.7, 0.9], dtype=torch.float64)
counts, _ = torch.histogram(y, bins=edges)
print(counts)
result = counts
