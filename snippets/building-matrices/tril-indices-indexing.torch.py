import torch

M = torch.arange(1, 10).reshape(3, 3)
result = M[torch.tril_indices(3, 3)]
print(result.shape)
print(result)
