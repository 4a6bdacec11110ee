import torch

a = torch.arange(6).reshape(2, 3)
flat = a.flatten()
flat[0] = 100
result = a
print(result)
