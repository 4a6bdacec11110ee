import torch

deg = torch.tensor([0.0, 90.0, 180.0, -45.0], dtype=torch.float64)
rad = torch.deg2rad(deg)
result = {"radians": rad, "deg2rad": torch.deg2rad(deg), "degrees": torch.rad2deg(rad)}
print(result)
