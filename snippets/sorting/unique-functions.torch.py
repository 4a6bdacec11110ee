import torch

x = torch.tensor([[3, 1, 2], [1, 3, 3]])
values, counts = torch.unique(x, return_counts=True)
_, inverse = torch.unique(x, return_inverse=True)
result = {
    "values": torch.unique(x),
    "counts": (values, counts),
    "inverse": (values, inverse),
}
print(result)
