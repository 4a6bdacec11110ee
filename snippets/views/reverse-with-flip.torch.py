import torch

a = torch.arange(4)
result = torch.flip(a, dims=[0])
print(result)
