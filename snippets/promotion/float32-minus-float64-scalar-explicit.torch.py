import torch

x = torch.tensor([1.0, 2.0, 3.0])
ref = torch.tensor([0.5, 1.5], dtype=torch.float64)
result = x.to(torch.float64) - ref.mean()
print(result, result.dtype)
