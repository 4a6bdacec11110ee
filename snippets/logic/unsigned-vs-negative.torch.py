import torch

x = torch.tensor([0, 200, 255], dtype=torch.uint8)
print(x > -1)
print(x == -1)
result = x > -1
