import torch

a = torch.tensor([1.0, float("nan"), 3.0], dtype=torch.float64)
b = torch.tensor([1.0, float("nan"), 3.0], dtype=torch.float64)
c = torch.tensor([1.0, float("nan"), 3.5], dtype=torch.float64)
result = (
    a.shape == b.shape and torch.allclose(a, b, rtol=0, atol=0, equal_nan=True),
    a.shape == c.shape and torch.allclose(a, c, rtol=0, atol=0, equal_nan=True),
)
print(result)
