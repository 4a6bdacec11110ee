import torch

x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
per_sample = tuple(range(1, x.ndim))
result = (x**2).sum(dim=per_sample)
print(per_sample, result)
