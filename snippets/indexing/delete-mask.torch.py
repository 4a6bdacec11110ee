import torch


def delete(t, positions, dim=0):
    keep = torch.ones(t.shape[dim], dtype=torch.bool)
    keep[positions] = False
    return t[(slice(None),) * dim + (keep,)]


a = torch.tensor([10, 20, 30, 40, 50])
m = torch.arange(12).reshape(3, 4)
result = (delete(a, [1, 3]), delete(m, 1, dim=0), delete(m, [0, 3], dim=1))
print(result)
