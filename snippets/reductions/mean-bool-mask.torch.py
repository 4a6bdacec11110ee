import torch

pred = torch.tensor([1, 0, 2, 2, 1])
labels = torch.tensor([1, 1, 2, 0, 1])
result = (pred == labels).mean()
print(result)
