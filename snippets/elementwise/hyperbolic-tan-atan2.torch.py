import torch

x = torch.tensor([-1.0, 0.0, 0.5, 2.0], dtype=torch.float64)
y = torch.tensor([1.0, -1.0, -1.0, 1.0], dtype=torch.float64)
result = {
    "tan": torch.tan(x),
    "sinh": torch.sinh(x),
    "cosh": torch.cosh(x),
    "atan2": torch.atan2(y, x),
}
print(result)
