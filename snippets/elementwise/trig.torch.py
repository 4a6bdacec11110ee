import torch

x = torch.tensor([1.0, -1.0, -1.0, 0.0], dtype=torch.float64)
y = torch.tensor([1.0, 1.0, -1.0, 2.0], dtype=torch.float64)
result = {
    "sin": torch.sin(x),
    "cos": torch.cos(x),
    "arcsin": torch.asin(x / 2),
    "arctan2": torch.atan2(y, x),
    "degrees": torch.rad2deg(torch.atan2(y, x)),
    "hypot": torch.hypot(x, y),
}
print(result)
