import torch

s = torch.tensor([1, 3, 3, 5])
v = torch.tensor([0, 3, 4, 6])
result = {
    "left": torch.searchsorted(s, v),
    "right": torch.searchsorted(s, v, side="right"),
    "scalar": torch.searchsorted(s, 3),
}
print(result)
