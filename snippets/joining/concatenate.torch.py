import torch

a = torch.arange(4).reshape(2, 2)
b = torch.arange(10, 16).reshape(2, 3)
rows = torch.cat([a, a])
cols = torch.cat([a, b], dim=1)
assert torch.equal(cols, torch.concatenate([a, b], axis=1))
assert torch.equal(cols, torch.concat([a, b], axis=1))
print(rows, cols, sep="\n")
result = (rows, cols)
