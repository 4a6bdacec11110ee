import torch

M = torch.tensor([[3.0, 1.0, 2.0], [1.0, 4.0, 0.0]], dtype=torch.float64)
U, S, Vh = torch.linalg.svd(M)
print(U)
result = (U, S, Vh)
