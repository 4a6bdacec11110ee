import torch
import torch.nn.functional as F

z = torch.tensor([[1.0, 2.0, 3.0], [1000.0, 1001.0, 1002.0]], dtype=torch.float64)
result = F.softmax(z, dim=-1)
print(result)
