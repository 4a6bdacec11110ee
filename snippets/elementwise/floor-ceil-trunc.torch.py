import torch

x = torch.tensor([-2.5, -1.5, -0.5, 0.5, 1.7], dtype=torch.float64)
result = {
    "floor": torch.floor(x),
    "ceil": torch.ceil(x),
    "trunc": torch.trunc(x),
    "rint": torch.round(x),
    "fix": torch.fix(x),
}
print(result)
