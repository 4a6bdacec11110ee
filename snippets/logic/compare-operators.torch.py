import torch

a = torch.tensor([1, 5, 3, 7])
b = torch.tensor([2, 5, 1, 8])
lt = torch.lt(a, b)
ge = torch.ge(a, b)
half = a > 2.5
print(lt, ge, half)
result = (lt, ge, half, a != b)
