import torch

m = torch.tensor([[1, 5, 2, 7], [2, 1, 0, 3]])
spread = m.amax(dim=1) - m.amin(dim=1)
low, high = torch.aminmax(m, dim=1)
print(spread)
result = (spread, high - low)
