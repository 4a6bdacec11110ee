import torch

t = torch.tensor([0, 1, 2])
result = t.repeat(2)
print(result)
