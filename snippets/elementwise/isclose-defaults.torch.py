import torch

a = torch.tensor([1.0, 1e-9, 0.0, 100.0, 1.0, float("nan"), 0.0], dtype=torch.float64)
b = torch.tensor(
    [1.0 + 5e-6, 0.0, 1e-7, 100.002, 1.0 + 2e-5, float("nan"), 1.000005e-8], dtype=torch.float64
)
result = {
    "isclose": torch.isclose(a, b),
    "equal_nan": torch.isclose(a, b, equal_nan=True),
    "swapped": torch.isclose(b, a),
    "allclose first two": torch.allclose(a[:2], b[:2]),
}
print(result)
