import math

import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 7, dtype=torch.float64)
result = F.gelu(x)
assert torch.allclose(result, 0.5 * x * (1 + torch.erf(x / math.sqrt(2))))
print(result)
print((result - F.gelu(x, approximate="tanh")).abs().max())
