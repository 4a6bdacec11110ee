import torch

t = torch.tensor([200, 7], dtype=torch.uint8)
b = t.to(torch.int16)
b[1] = -1
result = b
print(result)
