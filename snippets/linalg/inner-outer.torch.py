import torch

u = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
v = torch.tensor([1.0, 0.0, -1.0], dtype=torch.float64)
M = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype=torch.float64)
result = {"inner": torch.inner(u, v), "outer": torch.outer(u, v), "inner_matrix": torch.inner(M, M)}
print(result)
