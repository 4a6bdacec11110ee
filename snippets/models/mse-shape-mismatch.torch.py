import torch
import torch.nn.functional as F

pred = torch.tensor([[1.0], [2.0], [3.0]], dtype=torch.float64)
target = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
print((pred - target).shape)
result = F.mse_loss(pred, target)
print(result)
