import torch

result = (torch.arange(4), torch.arange(2, 10, 3))
print(result)
