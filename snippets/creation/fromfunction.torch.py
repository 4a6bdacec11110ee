import torch


def f(i, j):
    return 10 * i + j


rows = torch.arange(3, dtype=torch.float64)
cols = torch.arange(4, dtype=torch.float64)
result = f(*torch.meshgrid(rows, cols, indexing="ij"))
print(result)
