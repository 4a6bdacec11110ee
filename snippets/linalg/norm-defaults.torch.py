import torch

v = torch.tensor([3.0, 4.0], dtype=torch.float64)
A = torch.tensor([[1.0, -2.0], [3.0, 4.0]], dtype=torch.float64)
result = {
    "vector": torch.linalg.norm(v),
    "frobenius": torch.linalg.norm(A),
    "columns": torch.linalg.norm(A, dim=0),
}
print(result)
