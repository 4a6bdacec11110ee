import torch

x = torch.tensor([0.5, 1.5, 1.7, 3.9, 2.2, 0.1], dtype=torch.float64)
counts = torch.histc(x, bins=4)
print(counts, counts.dtype)
result = counts
