import torch

p = torch.tensor([True, True, False, False])
q = torch.tensor([True, False, True, False])
result = {
    "and": torch.logical_and(p, q),
    "or": torch.logical_or(p, q),
    "not": torch.logical_not(p),
    "xor": torch.logical_xor(p, q),
}
print(result)
