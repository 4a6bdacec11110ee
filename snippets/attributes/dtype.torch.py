import torch

t = torch.zeros(3, dtype=torch.float32)
print(t.dtype, t.dtype == torch.float32)
result = (t.dtype, t.dtype == torch.float32)
