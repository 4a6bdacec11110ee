import torch

M = torch.tensor([[3.0, 1.0], [1.0, 2.0]], dtype=torch.float64)
result = torch.linalg.svdvals(M)
print(result)
