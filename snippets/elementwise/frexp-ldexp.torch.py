import torch

x = torch.tensor([0.5, -6.0, 1000.0, 0.0], dtype=torch.float64)
mantissa, exponent = torch.frexp(x)
result = {
    "mantissa": mantissa,
    "exponent": exponent,
    "ldexp": torch.ldexp(mantissa, exponent),
}
print(result)
