import torch

x = torch.tensor([3, 1, 2, 1, 3, 3])
values, inverse, counts = torch.unique(x, return_inverse=True, return_counts=True)
positions = torch.arange(len(x))
first = torch.full_like(values, len(x)).scatter_reduce(
    0, inverse, positions, reduce="amin"
)
result = (values, first, inverse, counts)
print(result)
