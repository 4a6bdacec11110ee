import math

import torch

start, stop = 2, 512
result = torch.logspace(math.log10(start), math.log10(stop), 5, dtype=torch.float64)
print(result)
print(result[-1].item() - stop)
