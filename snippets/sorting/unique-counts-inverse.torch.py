import torch

a = torch.tensor([3, 1, 2, 1, 3, 3])
values, inverse, counts = torch.unique(a, return_inverse=True, return_counts=True)
print(values, inverse, counts)
print(values[inverse])
result = (values, inverse, counts)
