import torch

stack = torch.arange(18).reshape(2, 3, 3)
result = torch.diagonal(stack, dim1=-2, dim2=-1)
print(result)
