import torch

x = torch.tensor([2.0, float("nan"), 1.0, float("nan"), 2.0], dtype=torch.float64)
nan = x.isnan()
result = torch.cat([torch.unique(x[~nan]), x[nan][:1]])
print(result)
