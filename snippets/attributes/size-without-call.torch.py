import torch

t = torch.zeros(0, 3)
print(t.shape, t.size)
result = "empty" if t.size == 0 else "has data"
print(result)
