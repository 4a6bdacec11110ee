import torch

t = torch.tensor([1, 2, 3])
result = torch.append(t, [4, 5])
print(result)
