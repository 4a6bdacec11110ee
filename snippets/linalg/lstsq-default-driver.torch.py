import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]], dtype=torch.float64)
b = torch.tensor([1.0, 2.0, 4.0], dtype=torch.float64)
solution, residuals, rank, singular_values = torch.linalg.lstsq(A, b)
print(residuals, rank, singular_values)
result = (solution, residuals, rank, singular_values)
