import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 4.0, 7.0, 11.0], dtype=torch.float64)
k = torch.tensor([1.0, 0.0, -1.0], dtype=torch.float64)
result = F.conv1d(x.view(1, 1, -1), k.view(1, 1, -1)).flatten()
print(result)
