import torch

A = torch.tensor([[4.0, 2.0, 0.0], [2.0, 5.0, 1.0], [0.0, 1.0, 3.0]], dtype=torch.float64)
L = torch.linalg.cholesky(A)
U = torch.linalg.cholesky(A, upper=True)
print(L)
result = {"lower": L, "upper": U, "rebuilt": L @ L.T}
