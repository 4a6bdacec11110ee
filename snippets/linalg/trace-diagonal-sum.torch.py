import torch

a = torch.arange(12.0, dtype=torch.float64).reshape(2, 2, 3)
stack = a.reshape(3, 2, 2)
result = (
    torch.diagonal(a, dim1=0, dim2=1).sum(-1),
    torch.diagonal(stack, dim1=-2, dim2=-1).sum(-1),
)
print(result)
