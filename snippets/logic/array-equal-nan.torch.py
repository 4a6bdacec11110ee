import torch

a = torch.tensor([1.0, float("nan"), 3.0], dtype=torch.float64)
b = torch.tensor([1.0, float("nan"), 3.0], dtype=torch.float64)
result = torch.equal(a, b)
print(result)
