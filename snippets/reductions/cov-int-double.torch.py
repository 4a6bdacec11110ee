import torch

X = torch.tensor([[1, 2, 3, 5], [2, 4, 7, 7]])
result = torch.cov(X.double())
print(result, result.dtype)
