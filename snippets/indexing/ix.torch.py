import torch

t = torch.arange(20).reshape(4, 5)
rows = torch.tensor([0, 2, 3])
cols = torch.tensor([1, 4])
result = t[rows[:, None], cols]
print(result)
