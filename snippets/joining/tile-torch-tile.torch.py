import torch

t = torch.tensor([[1, 2], [3, 4]])
result = torch.tile(t, (2,))
print(result)
