import torch

t = torch.Tensor(5)
result = (t.shape, t.dtype)
print(result)
print(torch.Tensor(2, 3).shape)
