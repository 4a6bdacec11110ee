import torch

buffer = torch.empty(2, 3, dtype=torch.float64)
like = torch.empty_like(torch.zeros(4, dtype=torch.int32))
result = (buffer.shape, buffer.dtype, like.shape, like.dtype)
print(result)
