import torch

R = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]], dtype=torch.float64)
F = torch.tensor([[1, 1], [1, 0]])
A = torch.tensor([[2.0, 1.0], [1.0, 1.0]], dtype=torch.float64)
result = {
    "rank": torch.linalg.matrix_rank(R),
    "fibonacci": torch.linalg.matrix_power(F, 10),
    "inverse_squared": torch.linalg.matrix_power(A, -2),
}
print(result)
