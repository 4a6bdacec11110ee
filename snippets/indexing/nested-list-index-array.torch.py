import torch

t = torch.arange(12).reshape(3, 4)
result = t[torch.tensor([[0, 1], [1, 2]])]
print(result.shape)
