import torch

t = torch.zeros(3)
n = t.numpy()
n += 7
result = t
print(result)
