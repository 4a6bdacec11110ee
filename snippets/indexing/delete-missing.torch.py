import torch

t = torch.tensor([10, 20, 30, 40, 50])
result = torch.delete(t, [1, 3])
print(result)
