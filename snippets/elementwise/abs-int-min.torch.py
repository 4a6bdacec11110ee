import torch

a = torch.tensor([-128, -5, 0, 127], dtype=torch.int8)
result = torch.abs(a)
print(result)
