import torch

x = torch.tensor([2.0, float("nan"), 1.0, float("nan"), 2.0])
result = torch.unique(x)
print(result)
