import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)
B = torch.tensor([[5.0]], dtype=torch.float64)
result = torch.block_diag(A, B)
print(result)
