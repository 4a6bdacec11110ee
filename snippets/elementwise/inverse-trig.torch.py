import torch

x = torch.tensor([-0.5, 0.0, 0.25, 0.9], dtype=torch.float64)
y = torch.tensor([1.0, 1.5, 3.0, 10.0], dtype=torch.float64)
result = {
    "arccos": torch.arccos(x),
    "acos": torch.acos(x),
    "asin": torch.asin(x),
    "arctan": torch.arctan(y),
    "atan": torch.atan(y),
    "arcsinh": torch.arcsinh(y),
    "asinh": torch.asinh(x),
    "arccosh": torch.arccosh(y),
    "acosh": torch.acosh(y),
    "arctanh": torch.arctanh(x),
    "atanh": torch.atanh(x),
}
print(result)
