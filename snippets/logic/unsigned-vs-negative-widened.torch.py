import torch

x = torch.tensor([0, 200, 255], dtype=torch.uint8)
result = x.long() > -1
print(result)
