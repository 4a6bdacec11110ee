import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 0.0], [0.5, -1.0]], dtype=torch.float64)
W = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)
b = torch.tensor([0.1, -0.1], dtype=torch.float64)
result = F.linear(x, W.T, b)
print(result)
