import torch

t = torch.tensor([[1, 2], [3, 4]])
result = t.repeat(2)
print(result)
