import torch

result = torch.arange(0, 5, 1.5, dtype=torch.int64)
print(result)
