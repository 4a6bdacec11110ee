import torch

t = torch.arange(6).reshape(2, 3)
result = t.T.view(-1)
print(result)
