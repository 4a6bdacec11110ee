import torch

t = torch.arange(6).reshape(2, 3)
result = (torch.roll(t, 1, dims=0), torch.roll(t, (1, -1), dims=(0, 1)), torch.roll(t, 2))
print(result)
