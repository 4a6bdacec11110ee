import torch

A = torch.tensor([[1, 2], [3, 4]])
copies = 3
result = torch.block_diag(*[A] * copies)
print(result)
