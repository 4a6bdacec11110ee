import torch

a = torch.tensor([200, 7], dtype=torch.uint8)
result = a.long() + 300
print(result)
