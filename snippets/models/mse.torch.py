import torch
import torch.nn.functional as F

pred = torch.tensor([2.5, 0.0, 2.0, 8.0], dtype=torch.float64)
target = torch.tensor([3.0, -0.5, 2.0, 7.0], dtype=torch.float64)
result = F.mse_loss(pred, target)
print(result)
