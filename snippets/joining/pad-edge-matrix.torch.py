import torch
import torch.nn.functional as F

t = torch.arange(1.0, 7.0).reshape(2, 3)
result = F.pad(t, (1, 1, 1, 1), mode="replicate")
print(result)
