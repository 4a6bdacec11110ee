import torch

x = torch.tensor([1.0, -1.0, 0.0, 1e10], dtype=torch.float64)
inf = torch.tensor(torch.inf, dtype=torch.float64)
result = {
    "copysign": torch.copysign(
        torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64),
        torch.tensor([-1.0, 0.0, -0.0, 5.0], dtype=torch.float64),
    ),
    "nextafter": torch.nextafter(x, torch.tensor([2.0, -2.0, 1.0, 0.0], dtype=torch.float64)) - x,
    "spacing": torch.nextafter(x, torch.copysign(inf, x)) - x,
}
print(result)
