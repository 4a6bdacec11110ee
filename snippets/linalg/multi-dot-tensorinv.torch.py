import torch

f64 = torch.float64
A = torch.arange(1.0, 7.0, dtype=f64).reshape(2, 3)
B = torch.arange(1.0, 13.0, dtype=f64).reshape(3, 4)
C = torch.arange(1.0, 5.0, dtype=f64).reshape(4, 1)
T = (
    torch.eye(6, dtype=f64).reshape(6, 2, 3) * 2
    + torch.arange(36.0, dtype=f64).reshape(6, 2, 3) / 100
)
b = torch.arange(6.0, dtype=f64)
result = {
    "multi_dot": torch.linalg.multi_dot([A, B, C]),
    "tensorinv": torch.linalg.tensorinv(T, ind=1),
    "tensorsolve": torch.linalg.tensorsolve(T, b),
}
print(result)
