import torch

A = torch.tensor([[1, 2], [3, 4]])
result = torch.linalg.det(A)
print(A.dtype, result)
