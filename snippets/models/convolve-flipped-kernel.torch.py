import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 4.0, 7.0, 11.0], dtype=torch.float64)
k = torch.tensor([1.0, 0.0, -1.0], dtype=torch.float64)
w = k.flip(0).view(1, 1, -1)
valid = F.conv1d(x.view(1, 1, -1), w).flatten()
full = F.conv1d(x.view(1, 1, -1), w, padding=len(k) - 1).flatten()
result = (valid, full)
print(valid)
print(full)
