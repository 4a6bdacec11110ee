import torch

x = torch.tensor([1.0, -0.0, torch.inf, -torch.inf, torch.nan, -2.5])
result = {
    "isnan": torch.isnan(x),
    "isinf": torch.isinf(x),
    "isfinite": torch.isfinite(x),
    "isposinf": x.isposinf(),
    "isneginf": x.isneginf(),
    "signbit": x.signbit(),
}
print(result)
