import torch

a = torch.tensor([1, 2, 3, 3, 5])
b = torch.tensor([2, 4, 5, 6])
values, counts = torch.unique(
    torch.cat([torch.unique(a), torch.unique(b)]), return_counts=True
)
result = values[counts == 1]
print(result)
