import torch
import torch.nn.functional as F

t = torch.arange(1, 7).reshape(2, 3)
result = F.pad(t, (2, 0, 1, 0))
print(result.shape)
print(result)
