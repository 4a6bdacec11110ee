import torch

m = torch.tensor([[1, 2, 3], [4, 5, 6]])
result = torch.cumsum(m)
print(result)
