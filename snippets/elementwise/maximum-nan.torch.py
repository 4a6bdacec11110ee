import torch

a = torch.tensor([1.0, float("nan"), 3.0, float("nan")], dtype=torch.float64)
b = torch.tensor([float("nan"), 2.0, 1.0, float("nan")], dtype=torch.float64)
result = {
    "maximum": torch.maximum(a, b),
    "minimum": torch.minimum(a, b),
    "fmax": torch.fmax(a, b),
    "fmin": torch.fmin(a, b),
}
print(result)
