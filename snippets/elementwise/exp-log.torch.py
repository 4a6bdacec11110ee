import torch

x = torch.tensor([1e-12, 0.5, 8.0], dtype=torch.float64)
result = {
    "exp": torch.exp(x),
    "log": torch.log(x),
    "log2": torch.log2(x),
    "log10": torch.log10(x),
    "log1p": torch.log1p(x),
    "expm1": torch.expm1(x),
}
print(result)
