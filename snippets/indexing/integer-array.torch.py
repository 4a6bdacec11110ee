import torch

t = torch.arange(12).reshape(3, 4)
rows = t[[2, 0]]
pairs = t[torch.tensor([0, 1]), torch.tensor([1, 2])]
rows[0, 0] = 100
print(rows, pairs, t[2, 0], sep="\n")
result = (rows, pairs, t)
