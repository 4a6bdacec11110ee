import torch

A = torch.tensor([[1, 2], [3, 4]])
result = torch.linalg.det(A.double())
print(A.dtype, result)
