import torch

x = torch.tensor([0.5, 1.5, 1.7, 3.9, 2.2, 9.0], dtype=torch.float64)
counts, edges = torch.histogram(x, bins=4, range=(0.0, 4.0))
print(counts, edges)
result = (counts, edges)
