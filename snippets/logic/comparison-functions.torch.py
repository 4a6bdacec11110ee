import torch

a = torch.tensor([1.0, 5.0, torch.nan, 7.0], dtype=torch.float64)
b = torch.tensor([2.0, 5.0, torch.nan, 6.0], dtype=torch.float64)
result = {
    "greater": torch.gt(a, b),
    "less_equal": torch.le(a, b),
    "not_equal": torch.ne(a, b),
    "greater_scalar": torch.greater(a, 4),
}
print(result)
