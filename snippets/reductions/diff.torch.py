import torch

a = torch.tensor([1, 4, 9, 16, 25])
m = torch.tensor([[1, 3], [4, 9]])
result = {
    "n=2": torch.diff(a, n=2),
    "prepend": torch.diff(a, prepend=torch.tensor([0])),
    "axis 0": torch.diff(m, dim=0),
}
print(result)
