import torch

a = torch.tensor([4, 2, 4, 1, 2, 9])
values, inverse = torch.unique(a, return_inverse=True)
positions = torch.arange(len(a))
first = torch.zeros_like(values).scatter_reduce(0, inverse, positions, "amin", include_self=False)
print(values, first)
result = (values, first)
