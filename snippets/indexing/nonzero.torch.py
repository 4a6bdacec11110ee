import torch

t = torch.tensor([[0, 3, 0], [5, 0, 6]])
result = torch.nonzero(t)
print(result)
print(result.shape)
