import torch

start, stop = 7, 3
result = torch.arange(start, stop)
print(result, result.shape)
