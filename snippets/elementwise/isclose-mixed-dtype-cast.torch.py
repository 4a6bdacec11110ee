import torch

a = torch.tensor([0.1, 0.2, 0.3], dtype=torch.float32)
b = torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64)
result = torch.isclose(a.to(b.dtype), b)
print(result)
