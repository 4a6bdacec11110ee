import torch

a = torch.tensor([[1, 2, 3], [4, 5, 6]])
b = torch.tensor([1.0, 0.0, 3.0])
eq = torch.eq(a, b)
print(eq)
result = (eq, a == 5)
