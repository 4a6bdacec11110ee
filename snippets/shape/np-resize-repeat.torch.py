import math

import torch

t = torch.arange(4)
print(hasattr(torch, "resize"))
size = 2 * 3
result = t.flatten().repeat(math.ceil(size / t.numel()))[:size].reshape(2, 3)
print(result)
