import torch

a = torch.tensor([100, 100, 100], dtype=torch.int8)
flags = torch.tensor([True, False, True])
result = {
    "cumsum": torch.cumsum(a, dim=0),
    "cumprod": torch.cumprod(a, dim=0),
    "bool cumsum": torch.cumsum(flags, dim=0),
}
print(result)
