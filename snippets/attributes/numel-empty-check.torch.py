import torch

t = torch.zeros(0, 3)
print(t.shape, t.numel())
result = "empty" if t.numel() == 0 else "has data"
print(result)
