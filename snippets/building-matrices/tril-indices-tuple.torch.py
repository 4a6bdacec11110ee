import torch

M = torch.arange(1, 10).reshape(3, 3)
rows, cols = torch.tril_indices(3, 3)
everything = M[rows, cols]
below = M[tuple(torch.tril_indices(3, 3, offset=-1))]
print(everything, below)
result = (everything, below)
