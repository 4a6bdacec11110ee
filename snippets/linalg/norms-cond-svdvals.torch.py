import torch

A = torch.tensor([[4.0, 1.0], [2.0, 3.0]], dtype=torch.float64)
S = torch.tensor([[2.0, 1.0], [1.0, 2.0]], dtype=torch.float64)
result = {
    "vector_norm": torch.linalg.vector_norm(A, ord=1, dim=1),
    "vector_norm_all": torch.linalg.vector_norm(A),
    "matrix_norm": torch.linalg.matrix_norm(A),
    "matrix_norm_2": torch.linalg.matrix_norm(A, ord=2),
    "cond": torch.linalg.cond(A),
    "svdvals": torch.linalg.svdvals(A),
    "eigvalsh": torch.linalg.eigvalsh(S),
}
print(result)
