import torch
import torch.nn.functional as F

p = torch.tensor([0.0, 0.5, 1.0, 0.9], dtype=torch.float64)
y = torch.tensor([1.0, 1.0, 0.0, 1.0], dtype=torch.float64)
result = F.binary_cross_entropy(p, y, reduction="none")
print(result)
