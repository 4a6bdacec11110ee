import torch

x = torch.tensor([1.0, 2.0, 4.0, 7.0], dtype=torch.float64)
y = torch.tensor([2.0, 1.0, 3.0, 3.0], dtype=torch.float64)
xy = torch.stack([x, y])
result = {"corrcoef": torch.corrcoef(xy), "cov": torch.cov(xy)}
print(result)
