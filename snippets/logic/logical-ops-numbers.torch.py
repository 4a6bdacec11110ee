import torch

a = torch.tensor([0, 1, 2, -3])
b = torch.tensor([0.0, 0.5, 0.0, 2.0])
result = {
    "and": torch.logical_and(a, b),
    "or": torch.logical_or(a, b),
    "not": torch.logical_not(a),
    "xor": torch.logical_xor(a, b),
}
print(result)
