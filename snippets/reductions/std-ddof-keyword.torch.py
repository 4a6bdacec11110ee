import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64)
result = x.std(ddof=1)
print(result)
