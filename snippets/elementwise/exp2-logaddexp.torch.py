import torch

a = torch.tensor([0.0, 1.0, 1000.0], dtype=torch.float64)
b = torch.tensor([0.0, -1.0, 1000.0], dtype=torch.float64)
result = {
    "exp2": torch.exp2(torch.tensor([0.0, 3.0, -1.0], dtype=torch.float64)),
    "logaddexp": torch.logaddexp(a, b),
    "logaddexp2": torch.logaddexp2(a, b),
}
print(result)
