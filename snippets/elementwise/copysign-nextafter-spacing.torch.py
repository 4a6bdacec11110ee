import torch

f64 = torch.float64
x = torch.tensor([1.0, -1.0, 0.0, 1e10], dtype=f64)
magnitudes = torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=f64)
signs = torch.tensor([-1.0, 0.0, -0.0, 5.0], dtype=f64)
towards = torch.tensor([2.0, -2.0, 1.0, 0.0], dtype=f64)
inf = torch.tensor(torch.inf, dtype=f64)
result = {
    "copysign": torch.copysign(magnitudes, signs),
    "nextafter": torch.nextafter(x, towards) - x,
    "spacing": torch.nextafter(x, torch.copysign(inf, x)) - x,
}
print(result)
