import torch

a = torch.tensor([5, 2, 9, 1, 7])
result = torch.sort(a).values[::-1]
print(result)
