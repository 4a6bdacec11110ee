import torch

s = torch.tensor([1, 3, 5, 7])
x = torch.tensor([[0, 4], [2, 0]])
v = torch.tensor([3, 1, 3, 2])
result = {
    "searchsorted": torch.searchsorted(s, torch.tensor([0, 3, 6, 9])),
    "argsort": v.argsort(stable=True),
    "nonzero": x.nonzero(as_tuple=True),
}
print(result)
