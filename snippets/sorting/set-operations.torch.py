import torch

a = torch.tensor([5, 1, 3, 3, 7])
b = torch.tensor([3, 8, 1, 1])
result = {
    "union": torch.unique(torch.cat([a, b])),
    "intersection": torch.unique(a[torch.isin(a, b)]),
    "difference": torch.unique(a[~torch.isin(a, b)]),
}
print(result)
