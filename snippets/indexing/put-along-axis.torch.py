import torch

a = torch.tensor([[10, 30, 20], [60, 40, 50]])
idx = torch.argmax(a, dim=1, keepdim=True)
a.scatter_(1, idx, 0)
result = a
print(result)
