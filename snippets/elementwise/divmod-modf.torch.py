import torch

a = torch.tensor([7, -7, 9])
b = torch.tensor([2, 2, -4])
quotient = torch.div(a, b, rounding_mode="floor")
remainder = torch.remainder(a, b)
x = torch.tensor([2.5, -2.5, 3.0], dtype=torch.float64)
fraction, whole = x - torch.trunc(x), torch.trunc(x)
result = {
    "quotient": quotient,
    "remainder": remainder,
    "fraction": fraction,
    "whole": whole,
}
print(result)
