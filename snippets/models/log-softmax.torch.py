import torch
import torch.nn.functional as F

z = torch.tensor([[0.5, 1.5, -1.0], [1000.0, 0.0, 2.0]], dtype=torch.float64)
result = F.log_softmax(z, dim=-1)
print(result)
