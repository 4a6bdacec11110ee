import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 7, dtype=torch.float64)
result = F.gelu(x, approximate="tanh")
print(result)
