import inspect

import torch
import torch.nn.functional as F

x = torch.tensor([[3.0, 4.0], [0.0, 0.0], [1.0, 1.0]], dtype=torch.float64)
print(inspect.signature(F.normalize))
result = F.normalize(x, dim=1)
print(result)
