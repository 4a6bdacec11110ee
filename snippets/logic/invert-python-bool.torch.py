import torch

x = torch.tensor([1.0, 2.0, 3.0])
flag = (x > 0).all().item()
print(type(flag).__name__, flag)
result = ~flag
print(result, not flag)
