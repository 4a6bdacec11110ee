import torch

t = torch.arange(24).reshape(2, 3, 4)
result = t[[0], :, [0, 1]]
print(result.shape)
print(result)
