import torch

t = torch.arange(12).reshape(3, 4)
idx = torch.tensor([3, 0])
result = torch.take(t, idx, axis=1)
print(result)
