import torch

M = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)
N = torch.tensor([[0.0, 1.0], [1.0, 0.0]], dtype=torch.float64)
result = torch.outer(M, N)
print(result.shape)
