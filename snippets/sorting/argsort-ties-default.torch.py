import torch

keys = torch.tensor([2, 1, 0, 1, 2] * 8)
order = torch.argsort(keys)
print(order[:8])
print(keys[order][:8])
result = order
