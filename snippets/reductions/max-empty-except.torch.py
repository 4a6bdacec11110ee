import math

import torch

result = []
for x in (torch.tensor([3.0, 7.0], dtype=torch.float64), torch.tensor([], dtype=torch.float64)):
    try:
        result.append(x.max())
    except ValueError:
        result.append(-math.inf)
print(result)
