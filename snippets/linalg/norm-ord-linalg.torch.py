import torch

A = torch.tensor([[1.0, -2.0], [3.0, 4.0]], dtype=torch.float64)
result = {
    "2": torch.linalg.norm(A, 2),
    "1": torch.linalg.norm(A, 1),
    "inf": torch.linalg.matrix_norm(A, float("inf")),
    "nuc": torch.linalg.matrix_norm(A, "nuc"),
}
print(result)
