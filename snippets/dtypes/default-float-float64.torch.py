import torch

f64 = torch.float64
result = {
    "zeros": torch.zeros(3, dtype=f64).dtype,
    "ones": torch.ones(3, dtype=f64).dtype,
    "empty": torch.empty(3, dtype=f64).dtype,
    "eye": torch.eye(3, dtype=f64).dtype,
    "full": torch.full((3,), 0.5, dtype=f64).dtype,
    "arange": torch.arange(0.0, 1.0, 0.25, dtype=f64).dtype,
    "linspace": torch.linspace(0, 1, 5, dtype=f64).dtype,
    "rand": torch.rand(3, dtype=f64).dtype,
}
for name, kind in result.items():
    print(f"{name:9}", kind)
