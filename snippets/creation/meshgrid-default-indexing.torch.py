import torch

x = torch.tensor([1, 2, 3])
y = torch.tensor([10, 20])
gx, gy = torch.meshgrid(x, y)
print(gx.shape)
print(gx)
result = (gx, gy)
