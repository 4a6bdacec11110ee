import torch

small = torch.tensor([100, 100, 100], dtype=torch.int8)
flags = torch.tensor([True, True, False])
result = {
    "int8 sum": small.sum(),
    "int8 prod": small.prod(),
    "int16 sum": small.to(torch.int16).sum(),
    "bool sum": flags.sum(),
}
print(result)
