import torch

t = torch.tensor([[30, 10, 20], [5, 15, 0]])
result = t[:, torch.tensor([-1, 0])]
print(result)
