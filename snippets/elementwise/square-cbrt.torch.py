import torch

x = torch.tensor([-27.0, -2.0, 0.0, 8.0, 10.0], dtype=torch.float64)
result = {"square": torch.square(x), "cbrt": torch.sign(x) * x.abs() ** (1 / 3)}
print(result)
