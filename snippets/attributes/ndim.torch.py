import torch

t = torch.zeros(2, 3, 4)
scalar = torch.tensor(7.0)
print(t.dim(), t.ndim, scalar.dim())
result = (t.dim(), scalar.dim())
