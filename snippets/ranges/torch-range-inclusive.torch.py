import torch

result = torch.range(0, 4)
print(result)
