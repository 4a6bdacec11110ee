import torch

a = torch.tensor([1.0, -2.0, 3.0, 7.0], dtype=torch.float64)
b = torch.tensor([0.5, 0.5, 0.5, 0.5], dtype=torch.float64)
a.add_(b)
a.mul_(2)
returned = a.clamp_(0, 4)
print(returned is a)
result = a
print(result)
