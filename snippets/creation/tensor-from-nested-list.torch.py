import torch

result = torch.tensor([[1, 2.5, 0], [3, 4, 5]], dtype=torch.float64)
print(result)
print(result.shape, result.dtype)
