import torch

t = torch.tensor(5)
result = (t.shape, t.dtype, t)
print(result)
