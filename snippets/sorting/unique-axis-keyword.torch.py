import torch

m = torch.tensor([[1, 2], [0, 5], [1, 2]])
result = torch.unique(m, axis=0)
print(result)
